namespace Sozialinfo.Knowledge.Umbraco.Notifications;

/// <summary>The platform endpoint a notification goes to.</summary>
internal enum PlatformEvent
{
    ContentPublished,
    ContentUnpublished,
    ContentDeleted,
}
