using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Umbraco.Platform;
using Sozialinfo.Knowledge.Umbraco.Tags;
using Umbraco.Cms.Core.Models;
using Umbraco.Extensions;

namespace Sozialinfo.Knowledge.Umbraco.Notifications;

/// <summary>Maps Umbraco's <see cref="IContent"/> to the package's <see cref="ContentNotificationItem"/>.</summary>
internal sealed class ContentNotificationMapper(IOptions<SozialinfoKnowledgeOptions> options)
{
    /// <param name="content">The content item.</param>
    /// <param name="affectedCultures">The cultures the operation touched, when Umbraco reports them.</param>
    /// <param name="published">Read published values (after publishing) rather than the latest edit.</param>
    public ContentNotificationItem Map(IContent content, IEnumerable<string>? affectedCultures, bool published)
    {
        var defaultCulture = options.Value.Culture;
        var variant = content.ContentType.VariesByCulture();
        var name = (variant ? NameIn(content, defaultCulture, published) : null) ?? content.Name ?? string.Empty;

        IReadOnlyList<ContentNotificationCulture> cultures = variant
            ? [.. CulturesOf(content, affectedCultures, published)
                .Select(culture => new ContentNotificationCulture
                {
                    Culture = culture,
                    Name = NameIn(content, culture, published) ?? name,
                })]
            : [new ContentNotificationCulture { Culture = defaultCulture, Name = name }];

        return new ContentNotificationItem
        {
            Key = content.Key,
            ContentType = content.ContentType.Alias,
            Name = name,
            Cultures = cultures,
            Tags = TagValueReader.Read(content, variant ? defaultCulture : null, published),
            Level = content.Level,
            SortOrder = content.SortOrder,
            UpdateDate = ToUtc(content.UpdateDate),
        };
    }

    private static IEnumerable<string> CulturesOf(IContent content, IEnumerable<string>? affectedCultures, bool published)
    {
        var cultures = affectedCultures?.ToArray() ?? [];
        if (cultures.Length == 0)
        {
            cultures = [.. published ? content.PublishedCultures : content.AvailableCultures];
        }

        return cultures.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase);
    }

    private static string? NameIn(IContent content, string culture, bool published)
        => (published ? content.GetPublishName(culture) : null) ?? content.GetCultureName(culture);

    // Umbraco 17 keeps system dates in UTC; an unspecified kind is read as such.
    private static DateTimeOffset ToUtc(DateTime date) => date.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(date.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc), TimeSpan.Zero),
    };
}
