namespace Sozialinfo.Knowledge.Web.Reader.Views;

public sealed record DossierListView(string Name, string? Lead, string BodyHtml, IReadOnlyList<TeaserView> Dossiers)
    : ContentView(Name, Lead, BodyHtml);
