using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>"The field holds any of these values" as one query: exact terms OR-ed.</summary>
internal static class AnyTermQuery
{
    // Lucene refuses BooleanQueries of more than 1,024 clauses; long value lists are split into nested groups.
    private const int ClausesPerGroup = 512;

    /// <summary>Null when no value is left after dropping blanks and repeats; callers normalise values first.</summary>
    public static BooleanQuery? For(string field, IEnumerable<string> values)
    {
        var terms = values
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .Distinct(StringComparer.Ordinal)
            .Select(v => new TermQuery(new Term(field, v)))
            .ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        var any = new BooleanQuery();
        if (terms.Count <= ClausesPerGroup)
        {
            terms.ForEach(term => any.Add(term, Occur.SHOULD));
            return any;
        }

        foreach (var chunk in terms.Chunk(ClausesPerGroup))
        {
            var group = new BooleanQuery();
            Array.ForEach(chunk, term => group.Add(term, Occur.SHOULD));
            any.Add(group, Occur.SHOULD);
        }

        return any;
    }
}
