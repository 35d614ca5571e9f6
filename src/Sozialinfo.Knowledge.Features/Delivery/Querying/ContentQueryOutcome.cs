using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>Either a page of results with the real total, or an error the endpoint turns into a 400 problem.</summary>
internal sealed record ContentQueryOutcome(int Total, IReadOnlyList<PublishedContent> Items, ContentQueryError? Error)
{
    public static ContentQueryOutcome Success(int total, IReadOnlyList<PublishedContent> items) => new(total, items, null);

    public static ContentQueryOutcome Failure(ContentQueryError error) => new(0, [], error);
}
