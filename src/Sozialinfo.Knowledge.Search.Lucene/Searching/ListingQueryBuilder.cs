using Lucene.Net.Analysis;
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
        return AnyTermQuery.For(field, filter.Values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim().ToLowerInvariant()));
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

        // Both foldings of a word stand at one position: any of them may match there.
        var positions = QueryAnalysis.Analyze(nameAnalyzer, ContentIndexFields.NameWords, filter.Text)
            .GroupBy(token => token.Position)
            .Select(group => group.Select(token => new Term(ContentIndexFields.NameWords, token.Term)).ToArray())
            .Take(MaxPhraseWords)
            .ToList();
        if (positions.Count == 0)
        {
            return null;
        }

        var phrase = new MultiPhraseQuery();
        foreach (var terms in positions)
        {
            phrase.Add(terms);
        }

        return phrase;
    }
}
