namespace Sozialinfo.Knowledge.Web.Reader.Content;

/// <summary>The document type aliases the reader site renders (umbraco-config/document-types).</summary>
internal static class ReaderContentTypes
{
    public const string Home = "home";
    public const string DossierList = "dossierList";
    public const string Dossier = "dossier";
    public const string Article = "article";
    public const string ServicePage = "servicePage";
    public const string EventList = "eventList";
    public const string Event = "event";
    public const string TextPage = "textPage";
}
