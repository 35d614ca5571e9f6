namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>A link with its visible text and a site-relative target.</summary>
public sealed record LinkView(string Text, string Href);
