namespace Sozialinfo.Knowledge.Web.Reader.Search;

/// <summary>The query string of the search page: /suche?q=…&amp;typ=…&amp;dossier=…&amp;thema=…&amp;dimension=…&amp;seite=….</summary>
internal static class SearchParameters
{
    public const string Path = "/suche";
    public const string Text = "q";
    public const string Type = "typ";
    public const string Dossier = "dossier";
    public const string Theme = "thema";
    public const string Dimension = "dimension";
    public const string Page = "seite";

    /// <summary>The tag prefix the "thema" filter stands for.</summary>
    public const string ThemeTagPrefix = "thema:";
}
