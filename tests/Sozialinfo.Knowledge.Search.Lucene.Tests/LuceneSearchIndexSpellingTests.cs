namespace Sozialinfo.Knowledge.Search.Lucene.Tests;

public sealed class LuceneSearchIndexSpellingTests : IDisposable
{
    private readonly TempIndex _temp = new();

    [Theory]
    [InlineData("Datenshutz", "datenschutz")]
    [InlineData("Strateige entwickeln", "strategie entwickeln")]
    [InlineData("Mesenger", "messenger")]
    public async Task SuggestSpelling_UnknownWord_OffersClosestIndexedWord(string typed, string expected)
    {
        await SeedAsync();

        var suggestion = _temp.Index.SuggestSpelling(typed, "de-CH");

        Assert.Equal(expected, suggestion, ignoreCase: true);
    }

    [Theory]
    [InlineData("Datenschutz")]
    [InlineData("Datenschutzes")]
    [InlineData("Kommunikation")]
    [InlineData("Xylophon")]
    [InlineData("")]
    [InlineData("*")]
    public async Task SuggestSpelling_KnownOrHopelessWords_ReturnsNull(string typed)
    {
        await SeedAsync();

        Assert.Null(_temp.Index.SuggestSpelling(typed, "de-CH"));
    }

    [Fact]
    public async Task SuggestSpelling_OtherCulture_UsesOnlyItsVocabulary()
    {
        await SeedAsync();

        Assert.Null(_temp.Index.SuggestSpelling("Datenshutz", "fr-CH"));
    }

    public void Dispose() => _temp.Dispose();

    private Task SeedAsync() => _temp.Index.RebuildAsync(LuceneSearchIndexTests.Seed(), TestContext.Current.CancellationToken);
}
