using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Web.Reader.Content;

/// <summary>An event of the published snapshot with its parsed start and end.</summary>
internal sealed record ScheduledEvent(PublishedContent Item, PublishedCulture Culture, EventTimes Times);
