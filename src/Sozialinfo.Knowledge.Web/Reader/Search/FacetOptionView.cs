namespace Sozialinfo.Knowledge.Web.Reader.Search;

/// <summary>A filter value: clicking <see cref="Href"/> adds it to the search, or removes it when <see cref="Selected"/>.</summary>
internal sealed record FacetOptionView(string Label, int Count, string Href, bool Selected);
