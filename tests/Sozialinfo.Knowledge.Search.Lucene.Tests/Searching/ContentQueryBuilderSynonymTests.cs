using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Sozialinfo.Knowledge.Core.Search.Synonyms;
using Sozialinfo.Knowledge.Search.Lucene.Analysis;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;
using Sozialinfo.Knowledge.Search.Lucene.Searching;
using Sozialinfo.Knowledge.Search.Lucene.Searching.Disjunction;

namespace Sozialinfo.Knowledge.Search.Lucene.Tests.Searching;

/// <summary>Which path a query with synonyms takes: one-word synonyms keep the fast disjunction, phrases go to Lucene.</summary>
public sealed class ContentQueryBuilderSynonymTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly GermanSearchAnalyzer _analyzer = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public ContentQueryBuilderSynonymTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer)))
        {
            writer.AddDocument(new Document { new TextField(ContentIndexFields.Body, "Das Datenschutzgesetz und die KI", Field.Store.NO) });
            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    [Fact]
    public void BuildForSearch_OneWordSynonyms_StaysOnTheDisjunctionPath()
    {
        var table = new SynonymTable([["DSG", "nDSG", "Datenschutzgesetz"]]);

        var (matching, _) = ContentQueryBuilder.BuildForSearch(_analyzer, _reader, UserQueryText.Parse("nDSG KI"), table);

        using var disjunction = TermDisjunction.TryCreate(_searcher, matching!);
        Assert.NotNull(disjunction);
        var terms = disjunction.Words[0].Terms.Select(t => t.Term.Text).Distinct().ToList();
        Assert.Equal(["ndsg", "dsg", "datenschutzgesetz"], terms);
    }

    [Fact]
    public void BuildForSearch_PhraseSynonym_GoesThroughLucene()
    {
        var table = new SynonymTable([["KI", "künstliche Intelligenz"]]);

        var (matching, _) = ContentQueryBuilder.BuildForSearch(_analyzer, _reader, UserQueryText.Parse("KI"), table);

        Assert.Null(TermDisjunction.TryCreate(_searcher, matching!));
        Assert.Contains("\"kunstlich intelligenz\"", matching!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void BuildForSearch_SynonymOfTypedWordsOnly_IsLeftOutAndStaysOnTheDisjunctionPath()
    {
        var table = new SynonymTable([["Onlineberatung", "Online-Beratung", "Beratung online"]]);

        var (matching, _) = ContentQueryBuilder.BuildForSearch(_analyzer, _reader, UserQueryText.Parse("KI Beratung online"), table);

        using var disjunction = TermDisjunction.TryCreate(_searcher, matching!);
        Assert.NotNull(disjunction);
        Assert.Contains(disjunction.Words.SelectMany(w => w.Terms), t => t.Term.Text == "onlineberatung");
    }

    [Fact]
    public void BuildForSearch_NoGroupMatches_GivesTheQueryOfNoTable()
    {
        var table = new SynonymTable([["KI", "künstliche Intelligenz"]]);
        var text = UserQueryText.Parse("Datenschutzgesetz Bussen");

        var (withTable, _) = ContentQueryBuilder.BuildForSearch(_analyzer, _reader, text, table);
        var (withoutTable, _) = ContentQueryBuilder.BuildForSearch(_analyzer, _reader, text, SynonymTable.Empty);

        Assert.Equal(withoutTable!.ToString(), withTable!.ToString());
    }

    [Fact]
    public void BuildForSearch_UnknownWordOfAGroup_GetsNoTypoExpansion()
    {
        var table = new SynonymTable([["KI", "künstliche Intelligenz"]]);

        var (matching, _) = ContentQueryBuilder.BuildForSearch(_analyzer, _reader, UserQueryText.Parse("künstliche Intelligenz"), table);

        Assert.DoesNotContain("~", matching!.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
