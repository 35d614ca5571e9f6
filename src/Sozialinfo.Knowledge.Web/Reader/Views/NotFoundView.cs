namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>The German "Seite nicht gefunden" page with links back into the site.</summary>
public sealed record NotFoundView(IReadOnlyList<LinkView> Destinations)
    : ContentView("Seite nicht gefunden", "Die gewünschte Seite gibt es nicht oder nicht mehr.", string.Empty);
