namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>
/// What <see cref="DraftRequestReader"/> made of a body: the request, or the errors with the status to answer them
/// with (400; 415 for a body that is not JSON; 413 for one over the server's size limit).
/// </summary>
internal sealed record DraftRequestResult(DraftRequest? Request, IReadOnlyList<ContentError> Errors, int StatusCode);
