using Microsoft.AspNetCore.Html;

namespace Sozialinfo.Knowledge.Web.Reader.Search;

/// <summary>One hit: title link, German content type, HTML-safe snippet with &lt;mark&gt; from the index.</summary>
internal sealed record SearchHitView(string Title, string Href, string TypeLabel, HtmlString? Snippet);
