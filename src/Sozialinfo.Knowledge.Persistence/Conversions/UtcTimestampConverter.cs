using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sozialinfo.Knowledge.Core.Content.Nodes;

namespace Sozialinfo.Knowledge.Persistence.Conversions;

/// <summary>Normalises a timestamp to UTC (whole microseconds), the only form PostgreSQL's timestamptz accepts.</summary>
internal sealed class UtcTimestampConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => StorageTime.Normalize(value),
    value => value.ToUniversalTime());
