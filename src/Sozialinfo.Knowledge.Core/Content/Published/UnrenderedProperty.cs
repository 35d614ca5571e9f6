namespace Sozialinfo.Knowledge.Core.Content.Published;

/// <summary>A stored property value that could not be rendered and is left out of the item: its alias and why (German).</summary>
public sealed record UnrenderedProperty(string Alias, string Message);
