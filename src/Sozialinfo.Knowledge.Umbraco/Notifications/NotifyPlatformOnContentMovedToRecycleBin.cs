using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace Sozialinfo.Knowledge.Umbraco.Notifications;

/// <summary>
/// Trashed content leaves the site but can be restored, so the platform hears of it as unpublished (all cultures):
/// POST <c>content-unpublished</c>.
/// </summary>
internal sealed class NotifyPlatformOnContentMovedToRecycleBin(ContentNotificationMapper mapper, PlatformNotifier notifier)
    : INotificationAsyncHandler<ContentMovedToRecycleBinNotification>
{
    public Task HandleAsync(ContentMovedToRecycleBinNotification notification, CancellationToken cancellationToken)
        => notifier.NotifyAsync(
            PlatformEvent.ContentUnpublished,
            notification.MoveInfoCollection.Select(move => move.Entity),
            content => mapper.Map(content, affectedCultures: null, published: false),
            cancellationToken);
}
