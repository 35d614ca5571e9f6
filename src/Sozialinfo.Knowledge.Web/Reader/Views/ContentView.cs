namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>The body of one page type; the Razor page picks the partial by the concrete type.</summary>
public abstract record ContentView(string Name, string? Lead, string BodyHtml);
