namespace Sozialinfo.Knowledge.Web.Reader.Search;

/// <summary>A filter group (Inhaltstyp, Dossier, Thema, Dimension) with its values.</summary>
internal sealed record FacetGroupView(string Id, string Title, IReadOnlyList<FacetOptionView> Options);
