using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Delivery.Querying;
using static Sozialinfo.Knowledge.Features.Tests.Delivery.Querying.QueryRunner;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Querying;

public sealed class ContentQueryServiceTests
{
    private static readonly string[] AllGerman =
    [
        "Startseite", "Dossiers", "Datenschutz", "Das revidierte Datenschutzgesetz", "Cloud und Auftragsbearbeitung",
        "Müller über Öffnungszeiten", "Online-Beratung", "Beratung per Chat, Video und E-Mail", "Angebote", "Workshops",
        "Zweite Seite", "Impressum",
    ];

    [Fact]
    public void Execute_NoFetchNoStartItem_ReturnsAllContentInTreeOrder()
    {
        var outcome = Execute();

        Assert.Equal(AllGerman, Names(outcome));
        Assert.Equal(12, outcome.Total);
    }

    [Fact]
    public void Execute_NoFetchWithStartItem_ReturnsStartItemAndEverythingBelowIt()
    {
        Assert.Equal(["Zweite Seite", "Impressum"], Names(startItem: QueryTree.SecondRoot));
        Assert.Equal(["Angebote", "Workshops"], Names(startItem: QueryTree.Angebote));
    }

    [Fact]
    public void Execute_Culture_ReturnsOnlyItemsAvailableInIt()
    {
        Assert.Equal(
            ["Accueil", "Protection des données", "La nouvelle loi sur la protection des données"],
            Names(culture: "fr-CH"));
        Assert.Empty(Names(culture: "it-CH"));
    }

    [Fact]
    public void Execute_CultureInOtherCasing_FindsTheCulture()
    {
        Assert.Equal(3, Execute(culture: "FR-ch").Total);
    }

    [Theory]
    [InlineData(0, 3, new[] { "Startseite", "Dossiers", "Datenschutz" })]
    [InlineData(10, 5, new[] { "Zweite Seite", "Impressum" })]
    [InlineData(12, 5, new string[0])]
    [InlineData(500, 5, new string[0])]
    [InlineData(2, 0, new string[0])]
    [InlineData(0, int.MaxValue, null)]
    [InlineData(int.MaxValue, int.MaxValue, new string[0])]
    public void Execute_SkipAndTake_PagesAfterFilteringAndKeepsTheFullTotal(int skip, int take, string[]? expected)
    {
        var outcome = Execute(skip: skip, take: take);

        Assert.Equal(12, outcome.Total);
        Assert.Equal(expected ?? AllGerman, Names(outcome));
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(3, 1)]
    [InlineData(4, 10)]
    public void Execute_PagesOfASortedQuery_TogetherGiveTheWholeOrder(int skip, int take)
    {
        string[] sorts = ["updateDate:desc"];
        var all = Names(Execute(sorts: sorts));

        var page = Execute(sorts: sorts, skip: skip, take: take);

        Assert.Equal(12, page.Total);
        Assert.Equal(all.Skip(skip).Take(take), Names(page));
    }

    [Theory]
    [InlineData(-1, 5)]
    [InlineData(0, -1)]
    [InlineData(int.MinValue, int.MinValue)]
    public void Execute_NegativeSkipOrTake_DoesNotThrowAndTreatsThemAsZero(int skip, int take)
    {
        var outcome = Execute(skip: skip, take: take, sorts: ["name"]);

        Assert.Null(outcome.Error);
        Assert.Equal(12, outcome.Total);
        Assert.Equal(Math.Max(0, take), outcome.Items.Count);
    }

    [Fact]
    public void Execute_EmptyAndWhitespaceTokens_AreIgnored()
    {
        var outcome = Execute(fetch: "  ", filters: ["", " "], sorts: ["", "\t"]);

        Assert.Equal(AllGerman, Names(outcome));
    }

    [Fact]
    public void Execute_TokensWithSurroundingSpaces_AreTrimmed()
    {
        Assert.Equal(["Datenschutz", "Online-Beratung"], Names(fetch: " children:/dossiers/ ", filters: [" contentType:dossier "], sorts: [" name:asc "]));
    }

    [Fact]
    public void Execute_NullListsAndCulture_DoNotThrow()
    {
        var outcome = Service.Execute(Snapshot, QueryRunner.Index, new ContentQueryRequest(null, null!, null!, 0, 5, null!, null));

        Assert.Null(outcome.Error);
        Assert.Equal(12, outcome.Total);
    }

    [Fact]
    public void Execute_EmptySnapshot_ReturnsNothing()
    {
        var outcome = Service.Execute(ContentSnapshot.Empty, QueryRunner.Index, new ContentQueryRequest("children:/", ["contentType:article"], ["name"], 0, 10, "de-CH", null));

        Assert.Null(outcome.Error);
        Assert.Equal(0, outcome.Total);
    }

    [Theory]
    [InlineData("parent:/", null, null, "SelectorNotFound", "Selector option not found", "The attempted 'fetch' option does not exist")]
    [InlineData(null, "colour:red", null, "FilterNotFound", "Filter option not found", "One of the attempted 'filter' options does not exist")]
    [InlineData(null, null, "popularity:desc", "SortNotFound", "Sort option not found", "One of the attempted 'sort' options does not exist")]
    [InlineData("children", null, null, "SelectorNotFound", "Selector option not found", "The attempted 'fetch' option does not exist")]
    [InlineData(null, "contentTypes:article", null, "FilterNotFound", "Filter option not found", "One of the attempted 'filter' options does not exist")]
    [InlineData(null, null, "names:asc", "SortNotFound", "Sort option not found", "One of the attempted 'sort' options does not exist")]
    public void Execute_UnknownOption_ReturnsUmbracosError(string? fetch, string? filter, string? sort, string kind, string title, string detail)
    {
        var error = Error(fetch, filter is null ? null : [filter], sort is null ? null : [sort]);

        Assert.Equal(new ContentQueryError(Enum.Parse<ContentQueryErrorKind>(kind), title, detail), error);
    }

    [Fact]
    public void Execute_UnknownFilterAmongKnownOnes_FailsTheWholeQuery()
    {
        var error = Error(filters: ["contentType:article", "unknown:x"]);

        Assert.Equal(ContentQueryErrorKind.FilterNotFound, error.Kind);
    }

    [Theory]
    [InlineData(":")]
    [InlineData("children:")]
    [InlineData("descendants:!!")]
    [InlineData("ancestors:../../etc/passwd")]
    [InlineData("children:%2F")]
    [InlineData("children:00000000-0000-0000-0000-000000000000")]
    public void Execute_OddFetchValues_NeverThrow(string fetch)
    {
        var outcome = Execute(fetch: fetch);

        Assert.True(outcome.Error is null || outcome.Error.Kind == ContentQueryErrorKind.SelectorNotFound);
    }

    [Theory]
    [InlineData("name:")]
    [InlineData("name:!")]
    [InlineData("tag:,,,")]
    [InlineData("contentType:!")]
    [InlineData("createDate")]
    [InlineData("updateDate:")]
    [InlineData("updateDate>:9999-99-99")]
    [InlineData("level:-1")]
    [InlineData("level:99999999999999999999")]
    [InlineData("dossier:")]
    [InlineData("dimension:")]
    public void Execute_FilterWithoutUsableValue_IsAnInvalidValueNotAnException(string filter)
    {
        var error = Error(filters: [filter]);

        Assert.Equal(ContentQueryErrorKind.InvalidValue, error.Kind);
        Assert.Equal("Invalid filter value", error.Title);
        Assert.False(string.IsNullOrWhiteSpace(error.Detail));
    }

    [Fact]
    public void Constructor_NoHandlers_ThrowsWithAHintToRegisterThem()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => new ContentQueryService([], [], []));

        Assert.Contains("AddContentQuerying", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddContentQuerying_CalledTwice_RegistersEachHandlerOnce()
    {
        var services = new ServiceCollection().AddContentQuerying().AddContentQuerying();

        using var provider = services.BuildServiceProvider();
        Assert.Equal(3, provider.GetServices<ISelectorHandler>().Count());
        Assert.Equal(8, provider.GetServices<IFilterHandler>().Count());
        Assert.Equal(5, provider.GetServices<ISortHandler>().Count());
        Assert.Same(provider.GetRequiredService<ContentQueryService>(), provider.GetRequiredService<ContentQueryService>());
    }

    [Fact]
    public async Task Execute_ManyThreadsAtOnce_GiveTheSameAnswers()
    {
        var expected = Names(Execute(filters: ["name:datenschutz"], sorts: ["name:desc"]));

        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(
            () => Names(Execute(filters: ["name:datenschutz"], sorts: ["name:desc"])), TestContext.Current.CancellationToken)));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Theory]
    [InlineData("name:desc")]
    [InlineData("updateDate:asc")]
    [InlineData(null)]
    public void Execute_PagesOfAnyDepth_TileTheFullOrder(string? sort)
    {
        string[] sorts = sort is null ? [] : [sort];
        var all = Execute(sorts: sorts, take: 100);

        var paged = Enumerable.Range(0, 5).SelectMany(page => Execute(sorts: sorts, skip: page * 3, take: 3).Items).ToList();

        Assert.Equal(12, all.Total);
        Assert.Equal(all.Items, paged);
    }

    [Fact]
    public void Execute_SkipBeyondEveryItem_GivesTheTotalAndNoItems()
    {
        var outcome = Execute(skip: int.MaxValue - 1, take: 1000);

        Assert.Null(outcome.Error);
        Assert.Equal(12, outcome.Total);
        Assert.Empty(outcome.Items);
    }

    [Fact]
    public void Execute_AnyQuery_CarriesTheVersionOfTheIndexThatAnswered()
    {
        Assert.NotEqual(0, Execute().IndexVersion);
    }
}
