namespace Sozialinfo.Knowledge.Umbraco.Platform;

/// <summary>
/// The body of every notification the package posts to the platform: the content items that one Umbraco operation
/// published, unpublished or deleted (at most <see cref="MaximumItems"/> per request; larger operations are split).
/// </summary>
public sealed record ContentNotificationBatch
{
    /// <summary>The most items one request carries.</summary>
    public const int MaximumItems = 100;

    /// <summary>The affected content items.</summary>
    public required IReadOnlyList<ContentNotificationItem> Items { get; init; }
}
