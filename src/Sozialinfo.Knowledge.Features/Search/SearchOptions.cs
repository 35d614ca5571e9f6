using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Features.Search;

/// <summary>Settings of the reader's search (section <c>Search</c>; the rate limit has its own subsection).</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>Wall-clock time one search (API or page) may take before it answers what it has, marked <c>timedOut</c>.</summary>
    public TimeSpan TimeBudget { get; set; } = SearchQuery.DefaultTimeBudget;
}
