namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>Editor API request bodies for articles below the Datenschutz dossier, valid for the article document type.</summary>
internal static class ArticleDrafts
{
    public static object Article(string name, string segment, string lead, int sortOrder = 9) => new
    {
        culture = "de-CH",
        contentType = "article",
        parentKey = SeedKeys.Datenschutz.ToString(),
        name,
        segment,
        sortOrder,
        properties = new Dictionary<string, object>
        {
            ["lead"] = lead,
            ["body"] = "## Abschnitt\n\nEin Absatz mit **Text**.",
            ["author"] = "Test Redaktion",
            ["tags"] = new[] { "dc-dimension:datenschutz", "thema:ndsg" },
        },
    };
}
