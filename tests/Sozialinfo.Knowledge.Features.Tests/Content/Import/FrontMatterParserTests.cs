using Sozialinfo.Knowledge.Features.Content.Import;
using Sozialinfo.Knowledge.Features.Content.Values;

namespace Sozialinfo.Knowledge.Features.Tests.Content.Import;

public sealed class FrontMatterParserTests
{
    [Fact]
    public void Parse_CompleteFile_ReadsFieldsPropertiesBodyAndLines()
    {
        var errors = new List<ImportError>();

        var file = FrontMatterParser.Parse("x.md", SeedTexts.EventFile(), errors);

        Assert.Empty(errors);
        Assert.NotNull(file);
        Assert.Equal((SeedTexts.Event, "event", SeedTexts.EventList, "de-CH", true), (file.Key, file.Type, file.Parent, file.Culture, file.Published));
        Assert.Equal((RawValueKind.List, 6), (file.Properties["tags"].Kind, file.Properties["tags"].Line));
        Assert.Equal(["format:veranstaltung"], file.Properties["tags"].Items);
        Assert.Equal(("100", 13), (file.Properties["capacity"].Text, file.Properties["capacity"].Line));
        Assert.Equal(("## Programm\n\nBegrüssung und Fragen.", 18), (file.Properties["body"].Text, file.Properties["body"].Line));
        Assert.Equal(5, file.LineOf("name"));
    }

    [Theory]
    [InlineData("type: home\n---\n", 1, "Die Datei beginnt nicht mit YAML-Front-Matter («---» in der ersten Zeile).")]
    [InlineData("---\ntype: home\n", 1, "Das Front Matter wird nicht mit «---» abgeschlossen.")]
    [InlineData("---\n- a\n- b\n---\n", 2, "Das Front Matter muss eine YAML-Zuordnung sein (Feld: Wert je Zeile).")]
    [InlineData("---\ntype: home\nkey: d748fe6c-cd9e-438b-a356-c192b7e2ee40\nname: Start\ntitle: x\n---\n", 5, "Unbekanntes Feld «title»; Eigenschaften gehören unter «properties:».")]
    [InlineData("---\ntype: home\nkey: 123\nname: Start\n---\n", 3, "«key» muss ein Schlüssel (GUID) sein, nicht «123».")]
    [InlineData("---\ntype: home\nname: Start\n---\n", 2, "Das Feld «key» fehlt.")]
    [InlineData("---\ntype: home\nkey: d748fe6c-cd9e-438b-a356-c192b7e2ee40\nname: Start\nsortOrder: erst\n---\n", 5, "«sortOrder» muss eine ganze Zahl sein, nicht «erst».")]
    [InlineData("---\ntype: home\nkey: d748fe6c-cd9e-438b-a356-c192b7e2ee40\nname: Start\npublished: ja\n---\n", 5, "«published» muss true oder false sein, nicht «ja».")]
    [InlineData("---\ntype: home\nkey: d748fe6c-cd9e-438b-a356-c192b7e2ee40\nname: [a, b]\n---\n", 4, "«name» muss ein einzelner Wert sein.")]
    public void Parse_InvalidFile_ReasonWithLine(string text, int line, string reason)
    {
        var errors = new List<ImportError>();

        var file = FrontMatterParser.Parse("x.md", text, errors);

        Assert.Null(file);
        Assert.Contains(new ImportError(line, reason), errors);
    }

    [Fact]
    public void Parse_BodyAlsoUnderProperties_Refused()
    {
        var errors = new List<ImportError>();
        const string Text = "---\ntype: home\nkey: d748fe6c-cd9e-438b-a356-c192b7e2ee40\nname: Start\nproperties:\n  body: doppelt\n---\nText\n";

        Assert.Null(FrontMatterParser.Parse("x.md", Text, errors));
        Assert.Equal(6, Assert.Single(errors).Line);
    }

    [Fact]
    public void Parse_WindowsLineEndingsAndByteOrderMark_Accepted()
    {
        var errors = new List<ImportError>();
        const string Text = "\uFEFF---\r\ntype: home\r\nkey: d748fe6c-cd9e-438b-a356-c192b7e2ee40\r\nname: Start\r\nproperties:\r\n  lead: ~\r\n---\r\nText\r\n";

        var file = FrontMatterParser.Parse("x.md", Text, errors);

        Assert.Empty(errors);
        Assert.Equal(RawValueKind.Null, file!.Properties["lead"].Kind);
        Assert.Equal("Text", file.Properties["body"].Text);
    }
}
