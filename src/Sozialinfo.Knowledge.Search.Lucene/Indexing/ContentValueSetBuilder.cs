using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Search.Lucene.Indexing;

/// <summary>Turns a content item into one <see cref="ValueSet"/> per culture (Examine's IValueSetBuilder).</summary>
internal static class ContentValueSetBuilder
{
    public static IEnumerable<ValueSet> Build(SearchIndexItem item)
    {
        var content = item.Content;
        foreach (var culture in content.Cultures.Values)
        {
            var tags = culture.Tags().Select(t => t.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
            var body = culture.Value<RenderedMarkdown>("body") ?? RenderedMarkdown.Empty;
            var bodyText = HtmlText.ToPlainText(body.Html);
            var lead = culture.Text("lead");
            var values = new ValueSet(content.Key, culture.Culture)
                .Add(ContentIndexFields.Id, ValueSet.DocumentId(content.Key, culture.Culture))
                .Add(ContentIndexFields.Key, content.Key.ToString("D"))
                .Add(ContentIndexFields.Culture, culture.Culture.ToLowerInvariant())
                .Add(ContentIndexFields.Published, content.IsPublished ? "1" : "0")
                .Add(ContentIndexFields.Route, culture.Path)
                .Add(ContentIndexFields.SortName, culture.Name.ToLowerInvariant())
                .Add(ContentIndexFields.UpdateDate, culture.UpdateDate)
                .Add(ContentIndexFields.CreateDate, content.CreateDate)
                .Add(ContentIndexFields.SortOrder, (long)content.SortOrder)
                .Add(ContentIndexFields.Level, (long)content.Level)
                .Add(ContentIndexFields.Parent, content.ParentKey?.ToString("D"))
                .AddRange(ContentIndexFields.Ancestor, (item.AncestorKeys ?? []).Select(k => k.ToString("D")))
                .AddRange(ContentIndexFields.AncestorOrSelf, (item.AncestorKeys ?? []).Append(content.Key).Select(k => k.ToString("D")))
                .Add(ContentIndexFields.TreeOrder, item.TreeOrder ?? string.Empty)
                .Add(ContentIndexFields.NameWords, culture.Name)
                .Add(ContentIndexFields.NameCollation, NameCollationKey.For(culture.Name))
                .Add(ContentIndexFields.ContentTypeFolded, content.ContentType.ToLowerInvariant())
                .Add(ContentIndexFields.ContentType, content.ContentType)
                .Add(ContentIndexFields.Dossier, item.DossierKey?.ToString("D"))
                .AddRange(ContentIndexFields.Tag, tags)
                .AddRange(ContentIndexFields.Dimension, Dimensions(tags))
                .Add(ContentIndexFields.Title, culture.Name)
                .AddRange(ContentIndexFields.Headings, body.TableOfContents.Select(h => h.Text))
                .AddRange(ContentIndexFields.TagText, tags.Select(TagWords))
                .Add(ContentIndexFields.Lead, lead)
                .Add(ContentIndexFields.Body, bodyText)
                .AddRange(ContentIndexFields.Joined, HyphenatedWords.Joined($"{culture.Name} {lead} {bodyText}"))
                .Add(ContentIndexFields.Suggest, culture.Name)
                .AddRange(ContentIndexFields.Suggest, tags.Select(TagWords))
                .Add(ContentIndexFields.Spelling(culture.Culture), $"{culture.Name} {lead} {bodyText}");
            yield return values;
        }
    }

    /// <summary>"dc-dimension:datenschutz" -> "datenschutz".</summary>
    public static IEnumerable<string> Dimensions(IEnumerable<string> tags) =>
        tags.Where(t => t.StartsWith(DigitalCheckTags.DimensionPrefix, StringComparison.OrdinalIgnoreCase))
            .Select(t => t[DigitalCheckTags.DimensionPrefix.Length..]);

    /// <summary>"thema:digitale-teilhabe" -> "digitale teilhabe": the words a reader would type.</summary>
    public static string TagWords(string tag)
    {
        var colon = tag.IndexOf(':', StringComparison.Ordinal);
        return tag[(colon + 1)..].Replace('-', ' ');
    }
}
