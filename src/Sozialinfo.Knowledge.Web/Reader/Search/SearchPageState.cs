namespace Sozialinfo.Knowledge.Web.Reader.Search;

/// <summary>What the search page shows below the form.</summary>
internal enum SearchPageState
{
    /// <summary>No words to search for: the form and a hint.</summary>
    Empty,

    Results,

    NoHits,

    /// <summary>The index is not available (yet): a German apology, status 503.</summary>
    Unavailable,

    /// <summary>The client searched too often (<see cref="Features.Search.RateLimiting.SearchRateLimit"/>): a German notice, status 429.</summary>
    Limited,
}
