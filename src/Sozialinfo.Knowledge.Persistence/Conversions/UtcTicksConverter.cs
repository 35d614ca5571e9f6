using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sozialinfo.Knowledge.Core.Content.Nodes;

namespace Sozialinfo.Knowledge.Persistence.Conversions;

/// <summary>Stores a timestamp as UTC ticks (whole microseconds), so SQLite orders and compares it as a number.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => StorageTime.Normalize(value).UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
