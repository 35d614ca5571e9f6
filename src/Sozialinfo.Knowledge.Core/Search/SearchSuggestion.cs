namespace Sozialinfo.Knowledge.Core.Search;

/// <summary>A type-ahead suggestion: a title (with its item's key and route) or a tag (key and route null).</summary>
public sealed record SearchSuggestion(string Text, Guid? Key, string? Route);
