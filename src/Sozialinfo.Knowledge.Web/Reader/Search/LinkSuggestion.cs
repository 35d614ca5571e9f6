namespace Sozialinfo.Knowledge.Web.Reader.Search;

/// <summary>"Meinten Sie «…»?".</summary>
internal sealed record LinkSuggestion(string Text, string Href);
