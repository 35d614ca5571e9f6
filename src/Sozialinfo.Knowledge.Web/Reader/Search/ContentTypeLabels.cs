using Sozialinfo.Knowledge.Web.Reader.Content;

namespace Sozialinfo.Knowledge.Web.Reader.Search;

/// <summary>German names of the content types as readers see them in search results and filters.</summary>
internal static class ContentTypeLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        [ReaderContentTypes.Article] = "Artikel",
        [ReaderContentTypes.Dossier] = "Dossier",
        [ReaderContentTypes.ServicePage] = "Angebot",
        [ReaderContentTypes.Event] = "Veranstaltung",
        [ReaderContentTypes.DossierList] = "Übersicht",
        [ReaderContentTypes.EventList] = "Übersicht",
        [ReaderContentTypes.Home] = "Startseite",
    };

    public static string For(string contentType) => Labels.GetValueOrDefault(contentType, "Seite");
}
