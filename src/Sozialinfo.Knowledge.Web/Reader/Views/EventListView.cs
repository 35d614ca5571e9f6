namespace Sozialinfo.Knowledge.Web.Reader.Views;

public sealed record EventListView(string Name, string? Lead, string BodyHtml, IReadOnlyList<TeaserView> Events)
    : ContentView(Name, Lead, BodyHtml);
