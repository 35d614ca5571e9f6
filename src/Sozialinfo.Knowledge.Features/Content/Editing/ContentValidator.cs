using System.Text.Json.Nodes;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.DocumentTypes;
using Sozialinfo.Knowledge.Core.Content.Nodes;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Content.Snapshot;
using Sozialinfo.Knowledge.Features.Content.Values;
using Sozialinfo.Knowledge.Features.Http;
using Sozialinfo.Knowledge.Markdown;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>
/// Validates one culture of a node against its document type and the tree, as Umbraco does on save: type, place in
/// the tree, name, URL segment (unique among siblings per culture) and every property value, Markdown by rendering it
/// within <see cref="MarkdownLimits"/> (what validates here cannot stop a snapshot build). Collects all errors.
/// </summary>
internal sealed class ContentValidator(DocumentTypeCatalog catalog, MarkdownLimits markdownLimits)
{
    public ValidatedContent? Validate(ContentInput input, ContentTree tree, List<ContentError> errors)
    {
        var before = errors.Count;
        var culture = Cultures.Normalize(input.Culture);
        if (culture is null)
        {
            errors.Add(new(ContentFields.Culture, EditorInput.UnsupportedCulture(input.Culture)));
        }

        var type = ValidateType(input, tree, errors);
        if (type is null || culture is null)
        {
            return null;
        }

        var existing = tree.Find(input.Key);
        var isTranslation = PropertyBag.IsTranslation(type, culture);
        if (!type.VariesByCulture && !string.Equals(culture, Cultures.Default, StringComparison.Ordinal))
        {
            errors.Add(new(ContentFields.Culture, $"Der Dokumenttyp «{type.Alias}» ist nicht sprachabhängig; nur {Cultures.Default} ist möglich."));
        }

        var parentKey = isTranslation ? ValidateTranslationPlace(input, existing, errors) : ValidatePlace(input, type, tree, errors);
        var name = input.Name.Trim();
        if (name.Length == 0)
        {
            errors.Add(new(ContentFields.Name, "Ein Name ist erforderlich."));
        }
        else if (name.Length > ContentVariant.NameMaxLength)
        {
            errors.Add(new(ContentFields.Name, $"Der Name darf höchstens {ContentVariant.NameMaxLength} Zeichen lang sein."));
        }
        else if (name.Any(char.IsControl))
        {
            errors.Add(new(ContentFields.Name, "Der Name darf keine Steuerzeichen (z. B. Zeilenumbrüche) enthalten."));
        }

        var segment = ValidateSegment(input, name, culture, parentKey, tree, errors);
        var rendered = new Dictionary<string, RenderedMarkdown>(StringComparer.Ordinal);
        var values = ValidateProperties(input, type, culture, isTranslation, errors, rendered);
        if (errors.Count > before)
        {
            return null;
        }

        return new ValidatedContent(
            input.Key, type, parentKey, culture, name, segment!, input.SortOrder,
            PropertyBag.Variant(type, values), isTranslation ? null : PropertyBag.Invariant(type, values))
        {
            RenderedMarkdown = rendered,
        };
    }

    /// <summary>Mandatory properties missing from a stored draft, checked again when it is published.</summary>
    public static List<ContentError> MissingMandatory(DocumentType type, IReadOnlyDictionary<string, JsonNode?> values) =>
        [.. type.Properties
            .Where(p => p.Mandatory && values.GetValueOrDefault(p.Alias) is null)
            .Select(p => new ContentError(ContentFields.Property(p.Alias), Mandatory(p)))];

    /// <summary>Markdown values of a stored draft that cannot be rendered, checked again when it is published.</summary>
    public static List<ContentError> Unrenderable(
        DocumentType type, IReadOnlyDictionary<string, JsonNode?> values, string culture, MarkdownLimits limits) =>
        [.. type.Properties
            .Select(p => UnrenderableMarkdown(p, values.GetValueOrDefault(p.Alias), culture, limits, rendered: null))
            .OfType<ContentError>()];

    /// <summary>
    /// Renders a Markdown value with the pipeline and limits of the snapshot, keeping the result in
    /// <paramref name="rendered"/>; the error names property, culture and reason.
    /// </summary>
    private static ContentError? UnrenderableMarkdown(
        PropertyType property, JsonNode? value, string culture, MarkdownLimits limits, Dictionary<string, RenderedMarkdown>? rendered)
    {
        if (property.EditorAlias != PropertyEditorAlias.MarkdownEditor || value is not JsonValue text || !text.TryGetValue<string>(out var markdown))
        {
            return null;
        }

        var result = KnowledgeMarkdown.TryRender(markdown, limits);
        if (result.Document is { } document)
        {
            rendered?.TryAdd(markdown, MarkdownRenderCache.ToRendered(document));
            return null;
        }

        return new(ContentFields.Property(property.Alias), $"«{property.Name}» ({property.Alias}, {culture}): {result.Problem!.Message}");
    }

    private DocumentType? ValidateType(ContentInput input, ContentTree tree, List<ContentError> errors)
    {
        var type = catalog.Find(input.ContentType);
        if (type is null || type.IsComposition)
        {
            var reason = type is null ? "ist nicht definiert" : "ist eine Komposition und kann nicht als Inhalt angelegt werden";
            errors.Add(new(ContentFields.Type, $"Der Dokumenttyp «{InputEcho.Quote(input.ContentType)}» {reason}."));
            return null;
        }

        if (tree.Find(input.Key) is { } node && !string.Equals(node.ContentTypeAlias, type.Alias, StringComparison.Ordinal))
        {
            errors.Add(new(ContentFields.Type, $"Der Inhalt hat den Dokumenttyp «{node.ContentTypeAlias}»; ein Wechsel zu «{type.Alias}» ist nicht möglich."));
            return null;
        }

        return type;
    }

    private static Guid? ValidateTranslationPlace(ContentInput input, ContentNode? existing, List<ContentError> errors)
    {
        if (existing is null || !existing.Variants.Any(v => string.Equals(v.Culture, Cultures.Default, StringComparison.Ordinal)))
        {
            errors.Add(new(ContentFields.Key, $"Zu dieser Übersetzung fehlt die {Cultures.Default}-Fassung des Inhalts {input.Key}."));
            return input.ParentKey;
        }

        if (input.ParentKey is { } parent && parent != existing.ParentKey)
        {
            errors.Add(new(ContentFields.Parent, $"Eine Übersetzung muss denselben Elternknoten haben wie die {Cultures.Default}-Fassung ({existing.ParentKey?.ToString() ?? "oberste Ebene"})."));
        }

        return existing.ParentKey;
    }

    private Guid? ValidatePlace(ContentInput input, DocumentType type, ContentTree tree, List<ContentError> errors)
    {
        if (input.ParentKey is not { } parentKey)
        {
            if (!type.AllowedAtRoot)
            {
                errors.Add(new(ContentFields.Parent, $"«{type.Name}» ({type.Alias}) ist auf der obersten Ebene nicht erlaubt; ein Elternknoten fehlt."));
            }

            return null;
        }

        var parent = tree.Find(parentKey);
        if (parent is null)
        {
            errors.Add(new(ContentFields.Parent, $"Der Elternknoten {parentKey} existiert nicht."));
        }
        else if (tree.IsSelfOrDescendant(parentKey, input.Key))
        {
            errors.Add(new(ContentFields.Parent, "Ein Inhalt kann nicht unter sich selbst oder einen seiner Unterknoten gestellt werden."));
        }
        else if (catalog.Find(parent.ContentTypeAlias) is not { } parentType || !parentType.AllowsChild(type.Alias))
        {
            var parentName = catalog.Find(parent.ContentTypeAlias)?.Name ?? parent.ContentTypeAlias;
            errors.Add(new(ContentFields.Parent, $"«{type.Name}» ({type.Alias}) ist unter «{parentName}» ({parent.ContentTypeAlias}) nicht erlaubt."));
        }

        return parentKey;
    }

    private static string? ValidateSegment(ContentInput input, string name, string culture, Guid? parentKey, ContentTree tree, List<ContentError> errors)
    {
        var segment = string.IsNullOrWhiteSpace(input.Segment) ? UrlSegment.FromName(name) : input.Segment.Trim();
        if (string.IsNullOrWhiteSpace(input.Segment) && segment.Length == 0)
        {
            errors.Add(new(ContentFields.Segment, "Aus dem Namen lässt sich kein URL-Segment bilden; bitte ein Segment angeben."));
            return null;
        }

        if (!UrlSegment.IsValid(segment))
        {
            errors.Add(new(ContentFields.Segment, $"Das URL-Segment «{InputEcho.Quote(segment)}» ist ungültig: erlaubt sind Kleinbuchstaben a–z, Ziffern und Bindestriche (nicht am Anfang oder Ende)."));
            return null;
        }

        var clash = tree.ChildrenOf(parentKey)
            .Where(sibling => sibling.Key != input.Key)
            .SelectMany(sibling => sibling.Variants.Where(v => string.Equals(v.Culture, culture, StringComparison.OrdinalIgnoreCase)))
            .FirstOrDefault(v => string.Equals(v.UrlSegment, segment, StringComparison.Ordinal)
                || string.Equals(v.PublishedUrlSegment, segment, StringComparison.Ordinal));
        if (clash is not null)
        {
            errors.Add(new(ContentFields.Segment, $"Das URL-Segment «{segment}» ({culture}) verwendet auf derselben Ebene schon «{clash.Name}» ({clash.NodeKey})."));
        }

        return segment;
    }

    private Dictionary<string, JsonNode?> ValidateProperties(
        ContentInput input, DocumentType type, string culture, bool isTranslation, List<ContentError> errors, Dictionary<string, RenderedMarkdown> rendered)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (alias, raw) in input.Properties)
        {
            var property = type.FindProperty(alias);
            if (property is null)
            {
                errors.Add(new(ContentFields.Property(alias), $"Der Dokumenttyp «{type.Alias}» hat keine Eigenschaft «{InputEcho.Quote(alias)}»."));
                continue;
            }

            if (isTranslation && !PropertyBag.IsVariant(type, property))
            {
                errors.Add(new(ContentFields.Property(alias), $"«{property.Name}» ({alias}) ist nicht sprachabhängig und gehört in die {Cultures.Default}-Fassung."));
                continue;
            }

            var converted = PropertyValueConverter.Convert(property, raw);
            if (!converted.IsValid)
            {
                errors.Add(new(ContentFields.Property(alias), converted.Error!));
                continue;
            }

            if (UnrenderableMarkdown(property, converted.Value, culture, markdownLimits, rendered) is { } unrenderable)
            {
                errors.Add(unrenderable);
                continue;
            }

            values[alias] = converted.Value;
        }

        foreach (var property in type.Properties.Where(p => p.Mandatory && (!isTranslation || PropertyBag.IsVariant(type, p))))
        {
            if (values.GetValueOrDefault(property.Alias) is null && !errors.Any(e => e.Field == ContentFields.Property(property.Alias)))
            {
                errors.Add(new(ContentFields.Property(property.Alias), Mandatory(property)));
            }
        }

        return values;
    }

    private static string Mandatory(PropertyType property) => $"«{property.Name}» ({property.Alias}) ist ein Pflichtfeld.";
}
