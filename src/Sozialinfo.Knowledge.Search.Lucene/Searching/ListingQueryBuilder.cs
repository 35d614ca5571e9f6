using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Sozialinfo.Knowledge.Core.Search.Listing;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// Turns a listing's culture and filters into one non-scoring query (Umbraco's Examine query for the Delivery API):
/// filters AND-ed, values within one OR-ed, negated filters as MUST_NOT. Null means the listing matches nothing.
/// </summary>
internal static class ListingQueryBuilder
{
    // Lucene refuses BooleanQueries of more than 1,024 clauses; long value lists are split into nested groups.
    private const int ClausesPerGroup = 512;
    private const int MaxPhraseWords = 64;

    public static Query? Build(Analyzer nameAnalyzer, ContentIndexListing listing)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(ContentIndexFields.Culture, listing.Culture.ToLowerInvariant())), Occur.MUST },
        };
        foreach (var filter in listing.Filters)
        {
            Query? clause = filter switch
            {
                ContentIndexValueFilter values => AnyValue(values),
                ContentIndexDateFilter dates => DateRange(dates),
                ContentIndexPhraseFilter phrase => Phrase(nameAnalyzer, phrase),
                _ => throw new ArgumentException($"Unknown listing filter {filter.GetType().Name}.", nameof(listing)),
            };
            if (clause is null)
            {
                if (filter.Negate)
                {
                    continue;
                }

                return null;
            }

            query.Add(clause, filter.Negate ? Occur.MUST_NOT : Occur.MUST);
        }

        return new ConstantScoreQuery(query);
    }

    private static BooleanQuery? AnyValue(ContentIndexValueFilter filter)
    {
        // Every value field holds lower-case values (keys in "D" format, folded types and tags).
        var field = filter.Field switch
        {
            ContentIndexField.Key => ContentIndexFields.Key,
            ContentIndexField.Parent => ContentIndexFields.Parent,
            ContentIndexField.Ancestor => ContentIndexFields.Ancestor,
            ContentIndexField.AncestorOrSelf => ContentIndexFields.AncestorOrSelf,
            ContentIndexField.ContentType => ContentIndexFields.ContentTypeFolded,
            ContentIndexField.Tag => ContentIndexFields.Tag,
            _ => throw new ArgumentException($"{filter.Field} cannot be filtered by value.", nameof(filter)),
        };
        var terms = filter.Values
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .Select(v => v.Trim().ToLowerInvariant())
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

    private static NumericRangeQuery<long> DateRange(ContentIndexDateFilter filter)
    {
        var field = filter.Field switch
        {
            ContentIndexField.CreateDate => ContentIndexFields.CreateDate,
            ContentIndexField.UpdateDate => ContentIndexFields.UpdateDate,
            _ => throw new ArgumentException($"{filter.Field} is not a date.", nameof(filter)),
        };
        return NumericRangeQuery.NewInt64Range(field, filter.From?.UtcTicks, filter.Before?.UtcTicks, minInclusive: true, maxInclusive: false);
    }

    private static MultiPhraseQuery? Phrase(Analyzer nameAnalyzer, ContentIndexPhraseFilter filter)
    {
        if (filter.Field != ContentIndexField.Name)
        {
            throw new ArgumentException($"{filter.Field} has no phrase filter.", nameof(filter));
        }

        var positions = new List<List<Term>>();
        using (var stream = nameAnalyzer.GetTokenStream(ContentIndexFields.NameWords, filter.Text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (increment.PositionIncrement > 0 || positions.Count == 0)
                {
                    if (positions.Count == MaxPhraseWords)
                    {
                        break;
                    }

                    positions.Add([]);
                }

                positions[^1].Add(new Term(ContentIndexFields.NameWords, term.ToString()));
            }

            stream.End();
        }

        if (positions.Count == 0)
        {
            return null;
        }

        var phrase = new MultiPhraseQuery();
        foreach (var terms in positions)
        {
            phrase.Add([.. terms]);
        }

        return phrase;
    }
}
