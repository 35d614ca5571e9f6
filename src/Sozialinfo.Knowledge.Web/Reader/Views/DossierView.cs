namespace Sozialinfo.Knowledge.Web.Reader.Views;

public sealed record DossierView(string Name, string? Lead, string BodyHtml, IReadOnlyList<TeaserView> Articles)
    : ContentView(Name, Lead, BodyHtml);
