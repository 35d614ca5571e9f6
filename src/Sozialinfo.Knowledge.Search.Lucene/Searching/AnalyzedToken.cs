namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>A query token after analysis; <see cref="IsPart"/> marks a compound part stacked on the word before it.</summary>
internal sealed record AnalyzedToken(string Term, int Position, bool IsPart);
