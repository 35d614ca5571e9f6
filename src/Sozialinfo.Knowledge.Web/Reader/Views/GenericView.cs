namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>A content type the site has no dedicated template for: name, lead and body.</summary>
public sealed record GenericView(string Name, string? Lead, string BodyHtml) : ContentView(Name, Lead, BodyHtml);
