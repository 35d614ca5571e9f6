using Sozialinfo.Knowledge.Contracts.Delivery;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.DocumentTypes;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Delivery.Requests;

namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>
/// Maps snapshot items to the Delivery API shapes: the item in the first accepted culture it has, its route and
/// start item, its properties in document-type order (limited by <c>fields</c>), pickers as shallow items unless
/// expanded, and its routes per culture. Hidden document types and picks that are missing, unpublished or not in
/// an accepted culture are left out.
/// </summary>
internal sealed class ApiContentMapper(DocumentTypeCatalog catalog, ContentTypeAccess access)
{
    private static readonly Dictionary<string, object?> NoProperties = [];
    private static readonly Dictionary<string, ApiContentRoute> NoCultures = [];

    public ApiContentResponse? Map(DeliveryRequestContext request, PublishedContent item, OutputShape shape)
    {
        if (!access.IsAllowed(item.ContentType) || request.Cultures.Pick(item.Cultures) is not { } cultureName)
        {
            return null;
        }

        var culture = item.Cultures[cultureName];
        return new ApiContentResponse
        {
            ContentType = item.ContentType,
            Name = culture.Name,
            CreateDate = item.CreateDate,
            UpdateDate = culture.UpdateDate,
            Route = BuildRoute(request, item, culture),
            Id = item.Key,
            Properties = MapProperties(request, item, culture, shape.Expand, shape.Fields),
            Cultures = MapCultures(request, item),
        };
    }

    private ApiContent? MapPicked(DeliveryRequestContext request, Guid key, PropertySelection? expand, PropertySelection? fields)
    {
        if (request.Snapshot.GetByKey(key) is not { } item
            || !access.IsAllowed(item.ContentType)
            || request.Cultures.Pick(item.Cultures) is not { } cultureName)
        {
            return null;
        }

        var culture = item.Cultures[cultureName];
        return new ApiContent
        {
            ContentType = item.ContentType,
            Name = culture.Name,
            CreateDate = item.CreateDate,
            UpdateDate = culture.UpdateDate,
            Route = BuildRoute(request, item, culture),
            Id = item.Key,
            Properties = expand is null ? NoProperties : MapProperties(request, item, culture, expand, fields),
        };
    }

    private Dictionary<string, object?> MapProperties(
        DeliveryRequestContext request, PublishedContent item, PublishedCulture culture, PropertySelection expand, PropertySelection? fields)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (catalog.Find(item.ContentType) is not { } documentType)
        {
            foreach (var (alias, value) in culture.Properties.Where(p => fields is null || fields.Includes(p.Key)))
            {
                properties[alias] = PropertyValueConverter.ConvertUntyped(value);
            }

            return properties;
        }

        foreach (var property in documentType.Properties)
        {
            if (fields is not null && !fields.Includes(property.Alias))
            {
                continue;
            }

            var value = culture.Properties.GetValueOrDefault(property.Alias);
            var nestedExpand = expand.Includes(property.Alias) ? expand.Nested(property.Alias) ?? PropertySelection.None : null;
            var nestedFields = fields?.Nested(property.Alias);
            properties[property.Alias] = property.EditorAlias switch
            {
                PropertyEditorAlias.ContentPicker => value is Guid key ? MapPicked(request, key, nestedExpand, nestedFields) : null,
                PropertyEditorAlias.MultiNodeTreePicker => MapPickedList(request, value, nestedExpand, nestedFields),
                _ => PropertyValueConverter.Convert(property.EditorAlias, value),
            };
        }

        return properties;
    }

    private ApiContent[] MapPickedList(DeliveryRequestContext request, object? value, PropertySelection? expand, PropertySelection? fields)
    {
        if (value is not IEnumerable<Guid> keys)
        {
            return [];
        }

        var picked = new List<ApiContent>();
        foreach (var key in keys)
        {
            if (MapPicked(request, key, expand, fields) is { } content)
            {
                picked.Add(content);
            }
        }

        return [.. picked];
    }

    private static Dictionary<string, ApiContentRoute> MapCultures(DeliveryRequestContext request, PublishedContent item)
    {
        if (!item.VariesByCulture)
        {
            return NoCultures;
        }

        var cultures = new Dictionary<string, ApiContentRoute>(StringComparer.Ordinal);
        foreach (var name in Cultures.Supported)
        {
            if (item.GetCulture(name) is { } culture)
            {
                cultures[name] = BuildRoute(request, item, culture);
            }
        }

        return cultures;
    }

    /// <summary>Umbraco's routing: never-published content in preview is addressed as /preview-{key}/.</summary>
    private static ApiContentRoute BuildRoute(DeliveryRequestContext request, PublishedContent item, PublishedCulture culture)
    {
        var path = request.Preview && !item.IsPublished ? PreviewPath.For(item.Key) : culture.Path;
        var root = request.Snapshot.GetRoot(item) ?? item;
        var rootCulture = root.GetCulture(culture.Culture) ?? root.GetCulture(Cultures.Default) ?? root.Cultures.Values.First();
        return new ApiContentRoute(path, new ApiContentStartItem(root.Key, rootCulture.UrlSegment));
    }
}
