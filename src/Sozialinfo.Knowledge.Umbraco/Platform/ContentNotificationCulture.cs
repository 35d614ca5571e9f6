namespace Sozialinfo.Knowledge.Umbraco.Platform;

/// <summary>A culture affected by a notification, with the content item's name in it.</summary>
public sealed record ContentNotificationCulture
{
    /// <summary>The culture, for example <c>de-CH</c>.</summary>
    public required string Culture { get; init; }

    /// <summary>The item's name in <see cref="Culture"/>.</summary>
    public required string Name { get; init; }
}
