using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace Sozialinfo.Knowledge.Umbraco.Notifications;

/// <summary>Tells the platform which items were deleted for good (all cultures): POST <c>content-deleted</c>.</summary>
internal sealed class NotifyPlatformOnContentDeleted(ContentNotificationMapper mapper, PlatformNotifier notifier)
    : INotificationAsyncHandler<ContentDeletedNotification>
{
    public Task HandleAsync(ContentDeletedNotification notification, CancellationToken cancellationToken)
        => notifier.NotifyAsync(
            PlatformEvent.ContentDeleted,
            notification.DeletedEntities,
            content => mapper.Map(content, affectedCultures: null, published: false),
            cancellationToken);
}
