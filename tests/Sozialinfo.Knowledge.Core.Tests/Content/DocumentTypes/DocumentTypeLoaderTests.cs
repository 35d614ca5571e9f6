using Sozialinfo.Knowledge.Core.Content.DocumentTypes;

namespace Sozialinfo.Knowledge.Core.Tests.Content.DocumentTypes;

public sealed class DocumentTypeLoaderTests
{
    private const string Composition = """
        { "alias": "seoComposition", "name": "SEO", "isComposition": true, "variesByCulture": true,
          "properties": [ { "alias": "metaTitle", "name": "Meta-Titel", "editor": "Umbraco.TextBox" } ] }
        """;

    [Fact]
    public void LoadFolder_RepositoryDocumentTypes_ResolvesCompositionsBeforeOwnProperties()
    {
        var catalog = DocumentTypeLoader.LoadFolder(RepositoryFolders.DocumentTypes);

        var article = catalog.Find("article")!;
        Assert.Equal(["metaTitle", "metaDescription", "tags", "lead", "body", "author", "relatedContent"], article.Properties.Select(p => p.Alias));
        Assert.True(article.FindProperty("lead")!.VariesByCulture);
        Assert.False(article.FindProperty("author")!.VariesByCulture);
        Assert.False(article.FindProperty("tags")!.VariesByCulture);
        Assert.True(catalog.Find("home")!.AllowedAtRoot);
        Assert.True(catalog.Find("dossier")!.AllowsChild("article"));
        Assert.EndsWith("article.json", article.SourceFile, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFolder_MissingFolder_NamesFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));

        var exception = Assert.Throws<DocumentTypeDefinitionException>(() => DocumentTypeLoader.LoadFolder(folder));

        Assert.Equal((folder, "(folder)"), (exception.File, exception.Field));
    }

    [Theory]
    [InlineData("""{ "alias": "Bad Alias", "name": "X" }""", "alias")]
    [InlineData("""{ "alias": "page" }""", "name")]
    [InlineData("""{ "alias": "page", "name": "Seite", "properties": [ { "alias": "lead", "name": "Lead", "editor": "Umbraco.Unknown" } ] }""", "properties[0].editor")]
    [InlineData("""{ "alias": "page", "name": "Seite", "properties": [ { "alias": "lead", "editor": "Umbraco.TextBox" } ] }""", "properties[0].name")]
    [InlineData("""{ "alias": "page", "name": "Seite", "properties": [ { "alias": "lead", "name": "Lead", "editor": "Umbraco.TextBox", "validationPattern": "([a-z" } ] }""", "properties[0].validationPattern")]
    [InlineData("""{ "alias": "page", "name": "Seite", "properties": [ { "alias": "lead", "name": "A", "editor": "Umbraco.TextBox" }, { "alias": "Lead", "name": "B", "editor": "Umbraco.TextBox" } ] }""", "properties[1].alias")]
    [InlineData("""{ "alias": "page", "name": "Seite", "compositions": [ "missingComposition" ] }""", "compositions[0]")]
    [InlineData("""{ "alias": "page", "name": "Seite", "allowedChildren": [ "page", "nothing" ] }""", "allowedChildren[1]")]
    [InlineData("""{ "alias": "page", "name": "Seite", "allowedChildren": [ "seoComposition" ] }""", "allowedChildren[0]")]
    [InlineData("""{ "alias": "page", "name": "Seite", "properties": [ { "alias": "links", "name": "Links", "editor": "Umbraco.MultiNodeTreePicker", "allowedTypes": [ "ghost" ] } ] }""", "properties[0].allowedTypes")]
    [InlineData("""{ "alias": "page", "name": "Seite", "compositions": [ "seoComposition" ], "properties": [ { "alias": "metaTitle", "name": "T", "editor": "Umbraco.TextBox" } ] }""", "properties")]
    [InlineData("""{ "alias": "page", "name": "Seite", "colour": "blue" }""", "colour")]
    public void Load_InvalidDefinition_ThrowsNamingFileAndField(string json, string field)
    {
        var exception = Assert.Throws<DocumentTypeDefinitionException>(
            () => DocumentTypeLoader.Load([("types/seo.json", Composition), ("types/page.json", json)]));

        Assert.Equal(("types/page.json", field), (exception.File, exception.Field));
        Assert.Contains("'types/page.json'", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"field '{field}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedJson_NamesFileAndLine()
    {
        var exception = Assert.Throws<DocumentTypeDefinitionException>(
            () => DocumentTypeLoader.Load([("types/page.json", "{\n  \"alias\": \"page\",\n  \"name\": \n}")]));

        Assert.Equal("types/page.json", exception.File);
        Assert.Contains("invalid JSON at line 4", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SameAliasInTwoFiles_NamesSecondFileAndFirst()
    {
        var exception = Assert.Throws<DocumentTypeDefinitionException>(() => DocumentTypeLoader.Load(
            [("a.json", """{ "alias": "page", "name": "A" }"""), ("b.json", """{ "alias": "page", "name": "B" }""")]));

        Assert.Equal(("b.json", "alias"), (exception.File, exception.Field));
        Assert.Contains("'a.json'", exception.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PropertyWithoutVariesByCulture_InheritsTypeSetting()
    {
        var catalog = DocumentTypeLoader.Load([("page.json", """
            { "alias": "page", "name": "Seite", "variesByCulture": true,
              "properties": [ { "alias": "lead", "name": "Lead", "editor": "Umbraco.TextArea" },
                              { "alias": "count", "name": "Anzahl", "editor": "Umbraco.Integer", "variesByCulture": false } ] }
            """)]);

        var page = catalog.Find("page")!;
        Assert.Equal((true, false), (page.FindProperty("lead")!.VariesByCulture, page.FindProperty("count")!.VariesByCulture));
        Assert.Null(catalog.Find("Page"));
    }
}
