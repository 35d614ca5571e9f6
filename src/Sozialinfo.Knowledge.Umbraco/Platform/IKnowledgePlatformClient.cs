namespace Sozialinfo.Knowledge.Umbraco.Platform;

/// <summary>
/// The Sozialinfo Knowledge platform's Umbraco notification API (see the package README for the contract). Each call
/// posts one <see cref="ContentNotificationBatch"/> with the <c>Api-Key</c> header from
/// <see cref="SozialinfoKnowledgeOptions.PlatformApiKey"/>.
/// </summary>
public interface IKnowledgePlatformClient
{
    /// <summary>POST <c>api/umbraco/notifications/content-published</c>.</summary>
    /// <param name="batch">The published items.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the platform accepted the batch.</returns>
    /// <exception cref="HttpRequestException">The platform could not be reached or did not answer with a success status.</exception>
    Task ContentPublishedAsync(ContentNotificationBatch batch, CancellationToken cancellationToken);

    /// <summary>POST <c>api/umbraco/notifications/content-unpublished</c>.</summary>
    /// <param name="batch">The unpublished (or trashed) items.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the platform accepted the batch.</returns>
    /// <exception cref="HttpRequestException">The platform could not be reached or did not answer with a success status.</exception>
    Task ContentUnpublishedAsync(ContentNotificationBatch batch, CancellationToken cancellationToken);

    /// <summary>POST <c>api/umbraco/notifications/content-deleted</c>.</summary>
    /// <param name="batch">The permanently deleted items.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the platform accepted the batch.</returns>
    /// <exception cref="HttpRequestException">The platform could not be reached or did not answer with a success status.</exception>
    Task ContentDeletedAsync(ContentNotificationBatch batch, CancellationToken cancellationToken);
}
