using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>
/// Either a page of results with the real total and the version of the index that answered, or an error the
/// endpoint turns into a 400 problem. <see cref="Unresolved"/> counts keys of the page the snapshot did not know
/// (the index already holds a publish whose snapshot is not swapped in yet).
/// </summary>
internal sealed record ContentQueryOutcome(
    int Total, IReadOnlyList<PublishedContent> Items, ContentQueryError? Error, long IndexVersion = 0, int Unresolved = 0)
{
    public static ContentQueryOutcome Success(int total, IReadOnlyList<PublishedContent> items, long indexVersion, int unresolved) =>
        new(total, items, null, indexVersion, unresolved);

    public static ContentQueryOutcome Failure(ContentQueryError error) => new(0, [], error);
}
