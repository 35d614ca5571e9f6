using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// Queries built from an item or a Digital-Check result instead of user text. Tags are an editor's deliberate
/// classification, so they carry the score; text similarity only orders what tags leave open.
/// </summary>
internal static class RecommendationQueryBuilder
{
    private const float DimensionTag = 3f;
    private const float DimensionAndLevelTags = 2f;
    private const float TextFallback = 0.2f;
    private const float TopicTag = 2f;
    private const float OtherTag = 0.5f;
    private const float SimilarText = 0.3f;

    public static Query? ForNeeds(Analyzer analyzer, IndexReader reader, IReadOnlyList<RecommendationNeed> needs)
    {
        var query = new BooleanQuery(disableCoord: false);
        foreach (var need in needs.Where(n => n.Weight > 0 && !string.IsNullOrWhiteSpace(n.Dimension)).Take(32))
        {
            var dimension = new TermQuery(new Term(ContentIndexFields.Tag, DigitalCheckTags.DimensionPrefix + need.Dimension.ToLowerInvariant()));
            var level = new TermQuery(new Term(ContentIndexFields.Tag, DigitalCheckTags.LevelPrefix + need.Level.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var clause = new BooleanQuery(disableCoord: true) { Boost = (float)need.Weight };
            clause.Add(new TermQuery(dimension.Term) { Boost = DimensionTag }, Occur.SHOULD);
            clause.Add(new BooleanQuery { { dimension, Occur.MUST }, { level, Occur.MUST } }.WithBoost(DimensionAndLevelTags), Occur.SHOULD);
            if (ContentQueryBuilder.Build(analyzer, reader, UserQueryText.Parse(need.Dimension)) is { } text)
            {
                text.Boost = TextFallback;
                clause.Add(text, Occur.SHOULD);
            }

            query.Add(clause, Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    public static Query? ForItem(Analyzer analyzer, IndexReader reader, IReadOnlyList<string> tags, string text)
    {
        var query = new BooleanQuery(disableCoord: false);
        foreach (var tag in tags)
        {
            var topic = tag.StartsWith("thema:", StringComparison.Ordinal) || tag.StartsWith(DigitalCheckTags.DimensionPrefix, StringComparison.Ordinal);
            query.Add(new TermQuery(new Term(ContentIndexFields.Tag, tag)) { Boost = topic ? TopicTag : OtherTag }, Occur.SHOULD);
        }

        if (ContentQueryBuilder.Build(analyzer, reader, UserQueryText.Parse(text)) is { } similar)
        {
            similar.Boost = SimilarText;
            query.Add(similar, Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    private static BooleanQuery WithBoost(this BooleanQuery query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
