using Microsoft.Extensions.Logging;
using Sozialinfo.Knowledge.Umbraco.Platform;
using Umbraco.Cms.Core.Models;

namespace Sozialinfo.Knowledge.Umbraco.Notifications;

/// <summary>
/// Maps content and posts it to the platform in batches of <see cref="ContentNotificationBatch.MaximumItems"/>.
/// Nothing here throws into Umbraco's publish pipeline: a failure is logged and the operation goes on.
/// </summary>
internal sealed class PlatformNotifier(IKnowledgePlatformClient client, ILogger<PlatformNotifier> logger)
{
    public async Task NotifyAsync(
        PlatformEvent platformEvent,
        IEnumerable<IContent> contents,
        Func<IContent, ContentNotificationItem> map,
        CancellationToken cancellationToken)
    {
        var items = new List<ContentNotificationItem>();
        foreach (var content in contents)
        {
            try
            {
                items.Add(map(content));
            }
#pragma warning disable CA1031 // A notification must never fail Umbraco's operation; the failure is logged.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "Sozialinfo Knowledge: could not map content {Key} for {Event}; it is not sent.", content.Key, platformEvent);
            }
        }

        foreach (var chunk in items.Chunk(ContentNotificationBatch.MaximumItems))
        {
            await SendAsync(platformEvent, new ContentNotificationBatch { Items = chunk }, cancellationToken);
        }
    }

    private async Task SendAsync(PlatformEvent platformEvent, ContentNotificationBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            await (platformEvent switch
            {
                PlatformEvent.ContentPublished => client.ContentPublishedAsync(batch, cancellationToken),
                PlatformEvent.ContentUnpublished => client.ContentUnpublishedAsync(batch, cancellationToken),
                PlatformEvent.ContentDeleted => client.ContentDeletedAsync(batch, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(platformEvent), platformEvent, "Unknown platform event."),
            });
        }
#pragma warning disable CA1031 // A notification must never fail Umbraco's operation; the failure is logged.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogError(
                exception,
                "Sozialinfo Knowledge: {Event} for {Count} item(s) ({Keys}) could not be sent to the platform.",
                platformEvent,
                batch.Items.Count,
                string.Join(", ", batch.Items.Select(item => item.Key)));
        }
    }
}
