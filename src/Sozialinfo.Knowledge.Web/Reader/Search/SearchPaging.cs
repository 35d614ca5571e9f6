namespace Sozialinfo.Knowledge.Web.Reader.Search;

/// <summary>Page links; previous/next are null at the ends.</summary>
internal sealed record SearchPaging(int Current, int Last, string? Previous, string? Next, IReadOnlyList<(int Number, string Href)> Pages);
