using static Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.QueryRunner;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.Filters;

/// <summary>createDate and updateDate (CreateDateFilter, UpdateDateFilter, DateFilterParser, DateRange) over the articles.</summary>
public sealed class DateFilterTests
{
    // Article update dates (de-CH): RevDsg 04.03.2026 16:40 +01:00, Cloud 15.02.2026 12:00, Müller 20.01.2026 12:00, Chat 30.11.2025 12:00.
    private static string[] Articles(string filter, string culture = "de-CH") =>
        Names(filters: ["contentType:article", filter], sorts: ["name"], culture: culture);

    [Theory]
    [InlineData("updateDate:2026-03-04", new[] { "Das revidierte Datenschutzgesetz" })]
    [InlineData("updateDate:!2026-03-04", new[] { "Beratung per Chat, Video und E-Mail", "Cloud und Auftragsbearbeitung", "Müller über Öffnungszeiten" })]
    [InlineData("updateDate>2026-02-15", new[] { "Das revidierte Datenschutzgesetz" })]
    [InlineData("updateDate>:2026-02-15", new[] { "Cloud und Auftragsbearbeitung", "Das revidierte Datenschutzgesetz" })]
    [InlineData("updateDate<2026-02-15", new[] { "Beratung per Chat, Video und E-Mail", "Müller über Öffnungszeiten" })]
    [InlineData("updateDate<:2026-02-15", new[] { "Beratung per Chat, Video und E-Mail", "Cloud und Auftragsbearbeitung", "Müller über Öffnungszeiten" })]
    [InlineData("UPDATEDATE>:2026-01-01", new[] { "Cloud und Auftragsbearbeitung", "Das revidierte Datenschutzgesetz", "Müller über Öffnungszeiten" })]
    public void BuildFilterOption_DateAndOperator_ComparesWholeDaysInZurich(string filter, string[] expected)
    {
        Assert.Equal(expected, Articles(filter));
    }

    [Theory]
    [InlineData("updateDate:2026-03-04T16:40:00+01:00", 1)]
    [InlineData("updateDate:2026-03-04T15:40:00Z", 1)]
    [InlineData("updateDate:2026-03-04T16:40", 1)]
    [InlineData("updateDate:2026-03-04T16:40:01", 0)]
    [InlineData("updateDate>2026-03-04T16:40:00+01:00", 0)]
    [InlineData("updateDate>:2026-03-04T16:40:00+01:00", 1)]
    [InlineData("updateDate<:2026-03-04T16:39:59.9+01:00", 3)]
    [InlineData("updateDate<2026-03-04T16:40:00.0000001+01:00", 4)]
    [InlineData("updateDate:2026-03-04T16:40:00 01:00", 1)]
    public void BuildFilterOption_DateTime_ComparesInstants(string filter, int expected)
    {
        Assert.Equal(expected, Execute(filters: ["contentType:article", filter]).Total);
    }

    [Theory]
    [InlineData("createDate:2026-01-01", new[] { "Müller über Öffnungszeiten" })]
    [InlineData("createDate<2026-01-01", new[] { "Beratung per Chat, Video und E-Mail" })]
    [InlineData("createDate:2025-12-31", new string[0])]
    [InlineData("createDate>:2026-01-10", new[] { "Cloud und Auftragsbearbeitung", "Das revidierte Datenschutzgesetz" })]
    public void BuildFilterOption_CreateDate_UsesTheZurichDayOfTheInstant(string filter, string[] expected)
    {
        Assert.Equal(expected, Articles(filter));
    }

    [Fact]
    public void BuildFilterOption_UpdateDate_UsesTheRequestCulturesDate()
    {
        Assert.Equal(["La nouvelle loi sur la protection des données"], Articles("updateDate:2026-02-20", "fr-CH"));
        Assert.Empty(Articles("updateDate:2026-03-04", "fr-CH"));
    }

    [Fact]
    public void BuildFilterOption_TwoDateFilters_FormARange()
    {
        Assert.Equal(["Cloud und Auftragsbearbeitung", "Müller über Öffnungszeiten"], Names(filters: ["contentType:article", "updateDate>:2026-01-01", "updateDate<2026-03-01"], sorts: ["name"]));
    }

    [Theory]
    [InlineData("updateDate=2026-01-01")]
    [InlineData("updateDate!2026-01-01")]
    [InlineData("updateDate>=2026-01-01")]
    [InlineData("updateDate:>2026-01-01")]
    [InlineData("updateDate")]
    [InlineData("createDate~2026")]
    public void BuildFilterOption_UnknownOperator_IsAnInvalidValue(string filter)
    {
        var error = Error(filters: [filter]);

        Assert.Equal("Invalid filter value", error.Title);
    }

    [Theory]
    [InlineData("updateDate:gestern")]
    [InlineData("updateDate>:01.03.2026")]
    [InlineData("createDate<2026-13-01")]
    [InlineData("createDate<2026-02-30")]
    [InlineData("createDate:")]
    [InlineData("createDate:2026-01-01T25:00")]
    public void BuildFilterOption_UnparsableDate_IsAnInvalidValue(string filter)
    {
        var error = Error(filters: [filter]);

        Assert.Equal("Invalid filter value", error.Title);
        Assert.Contains("date", error.Detail, StringComparison.Ordinal);
    }

    // 0001-01-01 in Zurich is still year 0 in UTC, the end of 9999-12-31 is year 10000 in Zurich, and ±14:00 offsets
    // push an instant past either end: each bound is clamped, so these answer what the dates mean instead of a 500.
    [Theory]
    [InlineData("updateDate:0001-01-01", 0)]
    [InlineData("updateDate:!0001-01-01", 4)]
    [InlineData("updateDate>0001-01-01", 4)]
    [InlineData("updateDate>:0001-01-01", 4)]
    [InlineData("updateDate<0001-01-01", 0)]
    [InlineData("updateDate<:0001-01-01", 0)]
    [InlineData("createDate:9999-12-31", 0)]
    [InlineData("createDate:!9999-12-31", 4)]
    [InlineData("createDate>9999-12-31", 0)]
    [InlineData("createDate>:9999-12-31", 0)]
    [InlineData("createDate<9999-12-31", 4)]
    [InlineData("createDate<:9999-12-31", 4)]
    [InlineData("updateDate<0001-01-01T00:00", 0)]
    [InlineData("updateDate>:0001-01-01T00:00:00Z", 4)]
    [InlineData("updateDate<0001-01-01T00:00+14:00", 0)]
    [InlineData("updateDate>0001-01-01T00:00:00.0000001+14:00", 4)]
    [InlineData("createDate<9999-12-31T23:59:59.9999999Z", 4)]
    [InlineData("createDate>:9999-12-31T23:59:59.9999999Z", 0)]
    [InlineData("createDate<9999-12-31T23:00-14:00", 4)]
    [InlineData("createDate:9999-12-31T23:59:59.9999999-14:00", 0)]
    [InlineData("createDate:!9999-12-31T23:59", 4)]
    public void BuildFilterOption_DateAtTheEdgeOfTheRange_AnswersWithoutError(string filter, int expected)
    {
        Assert.Equal(expected, Execute(filters: ["contentType:article", filter]).Total);
    }

    [Theory]
    [InlineData("updateDate<2026-01-01T00:00+14:01")]
    [InlineData("updateDate<2026-01-01T00:00+15:00")]
    [InlineData("updateDate<2026-01-01T00:00-99:00")]
    [InlineData("updateDate<2026-01-01T00:00+01:60")]
    [InlineData("updateDate<0000-12-31")]
    [InlineData("updateDate<10000-01-01")]
    [InlineData("updateDate<2026-01-01T00:00Z+01:00")]
    public void BuildFilterOption_OffsetOrYearOutOfRange_IsAnInvalidValue(string filter)
    {
        Assert.Equal("Invalid filter value", Error(filters: [filter]).Title);
    }

    [Fact]
    public void BuildFilterOption_OverlongValue_IsEchoedShortened()
    {
        var filter = "updateDate:" + new string('9', 5000) + "\u0007";

        var detail = Error(filters: [filter]).Detail;

        Assert.Contains("…", detail, StringComparison.Ordinal);
        Assert.True(detail.Length < 400, detail);
    }

    [Fact]
    public void CanHandle_LongerFieldName_IsNotADateFilter()
    {
        Assert.Equal("Filter option not found", Error(filters: ["updateDates:2026-01-01"]).Title);
    }
}
