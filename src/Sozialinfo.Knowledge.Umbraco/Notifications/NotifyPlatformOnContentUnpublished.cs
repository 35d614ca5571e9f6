using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace Sozialinfo.Knowledge.Umbraco.Notifications;

/// <summary>Tells the platform which items (and cultures) were unpublished: POST <c>content-unpublished</c>.</summary>
internal sealed class NotifyPlatformOnContentUnpublished(ContentNotificationMapper mapper, PlatformNotifier notifier)
    : INotificationAsyncHandler<ContentUnpublishedNotification>
{
    public Task HandleAsync(ContentUnpublishedNotification notification, CancellationToken cancellationToken)
        => notifier.NotifyAsync(
            PlatformEvent.ContentUnpublished,
            notification.UnpublishedEntities,
            content => mapper.Map(content, notification.UnpublishedCultures?.GetValueOrDefault(content.Key), published: false),
            cancellationToken);
}
