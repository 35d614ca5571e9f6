using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace Sozialinfo.Knowledge.Umbraco.Notifications;

/// <summary>Tells the platform which items (and cultures) were published: POST <c>content-published</c>.</summary>
internal sealed class NotifyPlatformOnContentPublished(ContentNotificationMapper mapper, PlatformNotifier notifier)
    : INotificationAsyncHandler<ContentPublishedNotification>
{
    public Task HandleAsync(ContentPublishedNotification notification, CancellationToken cancellationToken)
        => notifier.NotifyAsync(
            PlatformEvent.ContentPublished,
            notification.PublishedEntities,
            content => mapper.Map(content, notification.PublishedCultures?.GetValueOrDefault(content.Key), published: true),
            cancellationToken);
}
