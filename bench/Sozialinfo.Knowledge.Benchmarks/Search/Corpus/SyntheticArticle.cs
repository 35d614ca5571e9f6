namespace Sozialinfo.Knowledge.Benchmarks.Search.Corpus;

/// <summary>One generated article: Markdown body with headings and lists, 2-5 Digital-Check taxonomy tags.</summary>
public sealed record SyntheticArticle(
    Guid Key, int Dossier, string Title, string Lead, string Markdown, IReadOnlyList<string> Tags);
