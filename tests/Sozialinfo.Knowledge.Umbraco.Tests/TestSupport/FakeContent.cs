using Moq;
using Umbraco.Cms.Core.Models;

namespace Sozialinfo.Knowledge.Umbraco.Tests.TestSupport;

/// <summary>Builds a mocked <see cref="IContent"/> with a <c>tags</c> property (Umbraco's content model is a port here).</summary>
internal sealed class FakeContent
{
    private readonly Dictionary<string, (string Edited, string? Published)> _names = new(StringComparer.OrdinalIgnoreCase);

    public Guid Key { get; init; } = Guid.NewGuid();

    public string ContentTypeAlias { get; init; } = "article";

    public string Name { get; init; } = "Datenschutz in der Beratung";

    public bool VariesByCulture { get; init; }

    /// <summary>The stored value of the tags property (JSON array text, CSV text or null); null with <see cref="HasTags"/> false means no property.</summary>
    public object? EditedTags { get; init; }

    public object? PublishedTags { get; init; }

    public bool HasTags { get; init; } = true;

    public bool Published { get; init; } = true;

    public string[] PublishedCultures { get; init; } = [];

    public int Level { get; init; } = 3;

    public int SortOrder { get; init; } = 1;

    public DateTime UpdateDate { get; init; } = new(2026, 3, 4, 15, 40, 0, DateTimeKind.Utc);

    public FakeContent WithName(string culture, string edited, string? published = null)
    {
        _names[culture] = (edited, published ?? edited);
        return this;
    }

    public IContent Build()
    {
        var contentType = new Mock<ISimpleContentType>();
        contentType.SetupGet(t => t.Alias).Returns(ContentTypeAlias);
        contentType.SetupGet(t => t.Variations).Returns(VariesByCulture ? ContentVariation.Culture : ContentVariation.Nothing);

        var properties = new Mock<IPropertyCollection>();
        properties.Setup(p => p[It.IsAny<string>()]).Returns((IProperty?)null);
        if (HasTags)
        {
            properties.Setup(p => p["tags"]).Returns(TagsProperty());
        }

        var content = new Mock<IContent>();
        content.SetupGet(c => c.Key).Returns(Key);
        content.SetupGet(c => c.Name).Returns(Name);
        content.SetupGet(c => c.ContentType).Returns(contentType.Object);
        content.SetupGet(c => c.Properties).Returns(properties.Object);
        content.SetupGet(c => c.Published).Returns(Published);
        content.SetupGet(c => c.PublishedCultures).Returns(PublishedCultures);
        content.SetupGet(c => c.AvailableCultures).Returns(_names.Keys.ToArray());
        content.SetupGet(c => c.Level).Returns(Level);
        content.SetupGet(c => c.SortOrder).Returns(SortOrder);
        content.SetupGet(c => c.UpdateDate).Returns(UpdateDate);
        content.SetupGet(c => c.Path).Returns($"-1,1,2,{Key.GetHashCode()}");
        content.Setup(c => c.IsCulturePublished(It.IsAny<string>()))
            .Returns((string culture) => PublishedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase));
        content.Setup(c => c.GetCultureName(It.IsAny<string?>()))
            .Returns((string? culture) => culture is not null && _names.TryGetValue(culture, out var name) ? name.Edited : null);
        content.Setup(c => c.GetPublishName(It.IsAny<string?>()))
            .Returns((string? culture) => culture is not null && _names.TryGetValue(culture, out var name) ? name.Published : null);
        return content.Object;
    }

    private IProperty TagsProperty()
    {
        var propertyType = new Mock<IPropertyType>();
        propertyType.SetupGet(t => t.Variations).Returns(ContentVariation.Nothing);

        var property = new Mock<IProperty>();
        property.SetupGet(p => p.Alias).Returns("tags");
        property.SetupGet(p => p.PropertyType).Returns(propertyType.Object);
        // The property is invariant: a value read with a culture would be a bug in the code under test.
        property.Setup(p => p.GetValue(null, null, false)).Returns(EditedTags);
        property.Setup(p => p.GetValue(null, null, true)).Returns(PublishedTags ?? EditedTags);
        return property.Object;
    }
}
