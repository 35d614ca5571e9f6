using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Search.Lucene.Tests;

public sealed class LuceneSearchIndexBadInputTests : IDisposable
{
    private readonly TempIndex _temp = new();

    private LuceneSearchIndex Index => _temp.Index;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("\"")]
    [InlineData("\"Datenschutz")]
    [InlineData("Daten\"schutz\" \"")]
    [InlineData("title:Datenschutz AND (body:x OR")]
    [InlineData("+-&&||!(){}[]^\"~*?:\\/")]
    [InlineData("Daten~2 schutz^10")]
    [InlineData("\u0000\u0001\u001f Daten\u007f")]
    [InlineData("der die das und")]
    [InlineData("\ud800 Datenschutz")]
    public async Task Search_BadInput_NeverThrows(string text)
    {
        await SeedAsync();

        var results = Index.Search(new SearchQuery { Text = text, Facets = SearchFacetNames.All, Skip = -5, Take = 5000 });
        var suggestions = Index.Suggest(text, "de-CH", 500);

        Assert.InRange(results.Hits.Count, 0, 100);
        Assert.InRange(suggestions.Count, 0, 20);
    }

    [Fact]
    public async Task Search_VeryLongQuery_IsTruncatedAndAnswers()
    {
        await SeedAsync();
        var text = string.Concat(Enumerable.Repeat("Datenschutz Sozialdienst ", 400));

        var results = Index.Search(new SearchQuery { Text = text });

        Assert.NotEmpty(results.Hits);
        Assert.False(results.TimedOut);
    }

    public void Dispose() => _temp.Dispose();

    private Task SeedAsync() => Index.RebuildAsync(LuceneSearchIndexTests.Seed(), TestContext.Current.CancellationToken);
}
