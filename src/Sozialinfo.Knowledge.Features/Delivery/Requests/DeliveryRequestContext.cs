using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Delivery.Requests;

/// <summary>What the headers of a Delivery API request resolved to: one snapshot, read once for the whole request.</summary>
internal sealed record DeliveryRequestContext(
    ContentSnapshot Snapshot,
    bool Preview,
    CulturePreference Cultures,
    PublishedContent? StartItem);
