using System.Collections.Concurrent;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Web.Reader.Http;
using Sozialinfo.Knowledge.Web.Reader.Views;

namespace Sozialinfo.Knowledge.Web.Reader.Content;

/// <summary>
/// What the reader site derives from one published snapshot: site name, main navigation, footer, the event timeline and
/// memoised query results (related articles, dossier contents). Built once per snapshot version, so a page request
/// does no work over all content.
/// </summary>
internal sealed class ReaderIndex
{
    private static readonly string[] NavigationTypes =
        [ReaderContentTypes.DossierList, ReaderContentTypes.ServicePage, ReaderContentTypes.EventList];

    private readonly ConcurrentDictionary<(string Question, Guid Key), object> _answers = new();
    private readonly long[] _eventBoundaries;

    public ReaderIndex(ContentSnapshot snapshot, ReaderQueries queries)
    {
        Snapshot = snapshot;
        Queries = queries;
        Home = snapshot.Roots.FirstOrDefault(r => r.GetCulture(Cultures.Default) is not null);
        SiteName = Home?.GetCulture(Cultures.Default)?.Name ?? "Sozialinfo Knowledge";
        Navigation = Home is null
            ? []
            : [.. snapshot.GetChildren(Home.Key)
                .Where(c => NavigationTypes.Contains(c.ContentType))
                .Select(c => c.GetCulture(Cultures.Default))
                .OfType<PublishedCulture>()
                .Select(c => new LinkView(c.Name, c.Path))];
        Footer = SiteFooter.From(snapshot, Home, SiteName);
        Events = [.. queries.OfType(snapshot, ReaderContentTypes.Event, "sortOrder:asc")
            .Select(e => (Item: e, Culture: e.GetCulture(Cultures.Default), Times: e.GetCulture(Cultures.Default) is { } c ? EventTimes.From(c) : null))
            .Where(e => e.Culture is not null && e.Times is not null)
            .Select(e => new ScheduledEvent(e.Item, e.Culture!, e.Times!.Value))
            .OrderBy(e => e.Times.Start)
            .ThenBy(e => e.Culture.Name, StringComparer.Ordinal)];
        _eventBoundaries = [.. Events.SelectMany(e => new[] { e.Times.Start.UtcTicks, e.Times.Finish.UtcTicks }).Order()];
    }

    public ContentSnapshot Snapshot { get; }

    public ReaderQueries Queries { get; }

    public PublishedContent? Home { get; }

    public string SiteName { get; }

    public IReadOnlyList<LinkView> Navigation { get; }

    public SiteFooter Footer { get; }

    /// <summary>Pages rendered from this snapshot, by ETag.</summary>
    public RenderedPageStore RenderedPages { get; } = new();

    /// <summary>Every event with a start date, by start date.</summary>
    public IReadOnlyList<ScheduledEvent> Events { get; }

    public IEnumerable<ScheduledEvent> UpcomingEvents(DateTimeOffset now) => Events.Where(e => e.Times.IsUpcoming(now));

    /// <summary>
    /// How many event starts and ends lie in the past. Pages that list upcoming events or show whether registration
    /// is open change exactly when this number does, so it is part of their ETag.
    /// </summary>
    public int TimelinePosition(DateTimeOffset now)
    {
        var index = Array.BinarySearch(_eventBoundaries, now.UtcTicks);
        if (index < 0)
        {
            return ~index;
        }

        while (index < _eventBoundaries.Length && _eventBoundaries[index] <= now.UtcTicks)
        {
            index++;
        }

        return index;
    }

    /// <summary>The later of the last content change and the last event start or end that has passed.</summary>
    public DateTimeOffset LastModified(DateTimeOffset now)
    {
        var position = TimelinePosition(now);
        var lastBoundary = position == 0 ? DateTimeOffset.UnixEpoch : new DateTimeOffset(_eventBoundaries[position - 1], TimeSpan.Zero);
        return lastBoundary > Snapshot.LastModified ? lastBoundary : Snapshot.LastModified;
    }

    /// <summary>Answers a question about one item once per snapshot.</summary>
    public T Remember<T>(string question, Guid key, Func<ReaderIndex, Guid, T> answer)
        where T : class =>
        (T)_answers.GetOrAdd((question, key), static (k, state) => state.Answer(state.Index, k.Key), (Index: this, Answer: answer));
}
