using Lucene.Net.Analysis;
using Sozialinfo.Knowledge.Search.Lucene.Analysis;
using Sozialinfo.Knowledge.Search.Lucene.Searching;

namespace Sozialinfo.Knowledge.Search.Lucene.Tests.Analysis;

public sealed class GermanSearchAnalyzerTests : IDisposable
{
    private readonly Analyzer _analyzer = new GermanSearchAnalyzer();

    [Theory]
    [InlineData("Übersicht", "Uebersicht")]
    [InlineData("Übersicht", "Ubersicht")]
    [InlineData("Straße", "Strasse")]
    [InlineData("Massnahmen", "Maßnahmen")]
    [InlineData("Gesetz", "Gesetze")]
    [InlineData("Beratungsstelle", "Beratungsstellen")]
    [InlineData("Klientin", "KLIENTIN")]
    public void Analyze_Variants_GiveSameTerms(string first, string second) =>
        Assert.Equal(Terms(first), Terms(second));

    [Fact]
    public void Analyze_StopWords_AreRemoved()
    {
        var terms = Terms("Die Daten der Klienten und über die Schweigepflicht");

        Assert.DoesNotContain("die", terms);
        Assert.DoesNotContain("der", terms);
        Assert.DoesNotContain("und", terms);
        Assert.DoesNotContain("uber", terms);
        Assert.Contains(Terms("Schweigepflicht")[0], terms);
    }

    [Fact]
    public void Analyze_Compound_KeepsWordAndAddsParts()
    {
        var terms = Terms("Datenschutzgesetz");

        Assert.Equal(Terms("datenschutzgesetz")[0], terms[0]);
        Assert.Contains(Terms("Datenschutz")[0], terms);
        Assert.Contains(Terms("Gesetz")[0], terms);
        Assert.Contains(Terms("Schutz")[0], terms);
    }

    [Fact]
    public void Analyze_CompoundParts_AreStackedOnTheWord()
    {
        var tokens = QueryAnalysis.Analyze(_analyzer, "body", "Das Datenschutzgesetz gilt");

        var word = Assert.Single(tokens, t => !t.IsPart && t.Term.StartsWith("datenschutzgesetz", StringComparison.Ordinal));
        Assert.All(tokens.Where(t => t.IsPart), t => Assert.Equal(word.Position, t.Position));
    }

    [Fact]
    public void CompoundDictionary_Ships_SeveralHundredParts() =>
        Assert.InRange(CompoundDictionary.ReadWords().Count, 300, 1000);

    public void Dispose() => _analyzer.Dispose();

    private List<string> Terms(string text) => [.. QueryAnalysis.Analyze(_analyzer, "body", text).Select(t => t.Term)];
}
