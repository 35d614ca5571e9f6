using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Sozialinfo.Knowledge.Search.Lucene.Searching;
using Sozialinfo.Knowledge.Search.Lucene.Searching.Disjunction;

namespace Sozialinfo.Knowledge.Search.Lucene.Tests.Searching;

/// <summary>
/// The pooled term-at-a-time scorer and the pooled rescorer give Lucene's own answers: the same hits, totals and
/// scores (to the bit for the disjunction) over several segments, deletions and filters, for random queries.
/// </summary>
public sealed class TermDisjunctionTests : IDisposable
{
    private static readonly string[] Fields = ["title", "lead", "body"];
    private static readonly string[] Words =
        ["daten", "schutz", "beratung", "online", "klient", "team", "verein", "schule", "recht", "praxis", "messenger", "cloud"];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public TermDisjunctionTests()
    {
        var random = new Random(7);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            // Four segments of different sizes, some deletions and documents without some fields.
            for (var segment = 0; segment < 4; segment++)
            {
                for (var index = 0; index < 150 + (segment * 97); index++)
                {
                    var document = new Document { new StringField("id", $"{segment}-{index}", Field.Store.YES), new StringField("kind", index % 3 == 0 ? "a" : "b", Field.Store.NO) };
                    foreach (var field in Fields.Where(_ => random.NextDouble() > 0.15))
                    {
                        var length = field == "body" ? random.Next(5, 60) : random.Next(1, 6);
                        document.Add(new TextField(field, string.Join(' ', Enumerable.Range(0, length).Select(_ => Words[Skewed(random)])), Field.Store.NO));
                    }

                    writer.AddDocument(document);
                }

                writer.Commit();
            }

            for (var index = 0; index < 40; index++)
            {
                writer.DeleteDocuments(new Term("id", $"{index % 4}-{index * 3}"));
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    [Fact]
    public void Search_RandomWordQueries_GivesLucenesHitsAndScoresToTheBit()
    {
        var random = new Random(11);
        Assert.True(_reader.Leaves.Count >= 4);
        for (var run = 0; run < 200; run++)
        {
            var query = RandomWordQuery(random);
            Filter filter = FilterCache.Cached(new QueryWrapperFilter(new TermQuery(new Term("kind", run % 2 == 0 ? "a" : "b"))));
            if (run % 3 == 0)
            {
                filter = FilterCache.Cached(new QueryWrapperFilter(new MatchAllDocsQuery()));
            }

            var expected = TopScoreDocCollector.Create(25, docsScoredInOrder: false);
            FilteredSearch.Search(_searcher, query, filter, expected);
            var actual = TopScoreDocCollector.Create(25, docsScoredInOrder: false);
            using (var disjunction = TermDisjunction.TryCreate(_searcher, query))
            {
                Assert.NotNull(disjunction);
                TermDisjunctionScorer.Search(_searcher, disjunction, filter, actual);
            }

            var expectedDocs = expected.GetTopDocs();
            var actualDocs = actual.GetTopDocs();
            Assert.Equal(expectedDocs.TotalHits, actualDocs.TotalHits);
            Assert.Equal(expectedDocs.ScoreDocs.Select(d => (d.Doc, d.Score)), actualDocs.ScoreDocs.Select(d => (d.Doc, d.Score)));
        }
    }

    [Fact]
    public void TryCreate_PhrasesRequiredClausesOrMinimumToMatch_LeavesThemToLucene()
    {
        var phrase = new PhraseQuery { new Term("body", "daten"), new Term("body", "schutz") };
        var required = new BooleanQuery { { new TermQuery(new Term("body", "daten")), Occur.MUST }, { new TermQuery(new Term("body", "team")), Occur.SHOULD } };
        var minimum = new BooleanQuery { { new TermQuery(new Term("body", "daten")), Occur.SHOULD }, { new TermQuery(new Term("body", "team")), Occur.SHOULD } };
        minimum.MinimumNumberShouldMatch = 2;
        var nested = new BooleanQuery { { new BooleanQuery { { minimum, Occur.SHOULD } }, Occur.SHOULD }, { new TermQuery(new Term("lead", "x")), Occur.SHOULD } };

        Assert.Null(TermDisjunction.TryCreate(_searcher, phrase));
        Assert.Null(TermDisjunction.TryCreate(_searcher, required));
        Assert.Null(TermDisjunction.TryCreate(_searcher, minimum));
        Assert.Null(TermDisjunction.TryCreate(_searcher, nested));
        Assert.Null(TermDisjunction.TryCreate(_searcher, new MatchAllDocsQuery()));
    }

    [Fact]
    public void PooledRescorer_TermsAndSloppyPhrases_GiveLucenesScoresAtTheHits()
    {
        var random = new Random(5);
        for (var run = 0; run < 60; run++)
        {
            var first = Words[random.Next(Words.Length)];
            var second = Words[(Array.IndexOf(Words, first) + 1 + random.Next(Words.Length - 1)) % Words.Length];
            var proximity = new BooleanQuery(disableCoord: true) { Boost = 1.5f };
            foreach (var field in Fields)
            {
                proximity.Add(new PhraseQuery { { new Term(field, first), 0 }, { new Term(field, second), 1 }, }, Occur.SHOULD);
                ((PhraseQuery)proximity.Clauses[^1].Query).Slop = 1 + random.Next(4);
                proximity.Clauses[^1].Query.Boost = 1 + random.Next(5);
            }

            var rescoring = new BooleanQuery(disableCoord: true)
            {
                { new TermQuery(new Term("title", Words[random.Next(Words.Length)])) { Boost = 0.25f }, Occur.SHOULD },
                { new TermQuery(new Term("lead", Words[random.Next(Words.Length)])) { Boost = 0.5f }, Occur.SHOULD },
                { proximity, Occur.SHOULD },
            };
            var hits = Enumerable.Range(0, 60).Select(_ => random.Next(_reader.MaxDoc)).Distinct().Where(IsLive).ToArray();

            var pooled = PooledRescorer.Score(_searcher, rescoring, hits);

            Assert.NotNull(pooled);
            var expected = LuceneScores(rescoring, hits);
            for (var index = 0; index < hits.Length; index++)
            {
                Assert.Equal(expected[index], pooled[index], expected[index] * 1e-5f);
            }

            Assert.Contains(expected, score => score > 0);
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    /// <summary>Frequent words first, so queries meet long and short postings.</summary>
    private static int Skewed(Random random) => (int)(Math.Pow(random.NextDouble(), 2) * Words.Length);

    private static BooleanQuery RandomWordQuery(Random random)
    {
        var words = random.Next(1, 4);
        var top = new BooleanQuery(disableCoord: random.Next(4) == 0) { Boost = random.Next(3) == 0 ? 2f : 1f };
        for (var word = 0; word < words; word++)
        {
            var text = Words[random.Next(Words.Length)];
            if (random.Next(4) == 0)
            {
                top.Add(new TermQuery(new Term(Fields[random.Next(Fields.Length)], text)) { Boost = 1 + random.Next(4) }, Occur.SHOULD);
                continue;
            }

            var clause = new BooleanQuery(disableCoord: true) { Boost = random.Next(3) == 0 ? 0.5f : 1f };
            foreach (var field in Fields)
            {
                clause.Add(new TermQuery(new Term(field, text)) { Boost = field == "title" ? 5f : field == "lead" ? 2f : 1f }, Occur.SHOULD);
            }

            top.Add(clause, Occur.SHOULD);
        }

        return top;
    }

    private bool IsLive(int doc)
    {
        var leaf = _reader.Leaves[ReaderUtil.SubIndex(doc, _reader.Leaves)];
        return leaf.AtomicReader.LiveDocs?.Get(doc - leaf.DocBase) ?? true;
    }

    /// <summary>What Lucene's own weight and scorer give at each hit (0 where the query does not match).</summary>
    private float[] LuceneScores(Query query, int[] hits)
    {
        var weight = _searcher.CreateNormalizedWeight(query);
        return [.. hits.Select(doc =>
        {
            var leaf = _reader.Leaves[ReaderUtil.SubIndex(doc, _reader.Leaves)];
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            return scorer is not null && scorer.Advance(doc - leaf.DocBase) == doc - leaf.DocBase ? scorer.GetScore() : 0f;
        })];
    }
}
