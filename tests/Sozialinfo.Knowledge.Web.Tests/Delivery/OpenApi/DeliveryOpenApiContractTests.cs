using System.Text.Json.Nodes;
using static Sozialinfo.Knowledge.Web.Tests.Delivery.OpenApi.OpenApiDifferenceKind;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery.OpenApi;

/// <summary>
/// Our /umbraco/openapi/delivery.json against Umbraco 17's published Delivery API document (the committed copy):
/// every path, operation id, parameter, header, response, content type, $ref, security requirement and component
/// schema must be Umbraco's, except for the differences listed below, each with its reason. A new difference fails,
/// and so does a listed one that has gone away.
/// </summary>
public sealed class DeliveryOpenApiContractTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    private const string Any = "*";
    private const string Base = UmbracoDeliveryContract.BasePath;
    private const string NoMediaYet = "The media library comes with the editorial issue (#11); until we serve media, its paths and schemas are not advertised.";
    private const string XmlDocs = "Our schemas carry the XML documentation of Sozialinfo.Knowledge.Contracts; Umbraco's carry none.";
    private const string NeverNull = "We always send a path: our schema says string where Umbraco's allows null.";

    private static readonly string Query = Operation("/content");
    private static readonly string ById = Operation("/content/item/{id}");
    private static readonly string ByPath = Operation("/content/item/{path}");
    private static readonly string Items = Operation("/content/items");
    private static readonly string EachOperation = OpenApiComparison.Join("paths", Any, "get");

    /// <summary>Where our document differs from Umbraco's on purpose: location (with * for any one key), kind, reason.</summary>
    private static readonly (string Location, OpenApiDifferenceKind Kind, string Reason)[] Deliberate =
    [
        ("info / title", Differs, "Our API's own name."),
        ("info / description", Differs, "Our own description: it says which contract we follow and where the reference is."),
        ("info / version", Differs, "We name the version the URL carries (v2); Umbraco says \"Latest\"."),

        ($"paths / {Base}/media", OnlyInUmbraco, NoMediaYet),
        ($"paths / {Base}/media/item/{{id}}", OnlyInUmbraco, NoMediaYet),
        ($"paths / {Base}/media/item/{{path}}", OnlyInUmbraco, NoMediaYet),
        ($"paths / {Base}/media/items", OnlyInUmbraco, NoMediaYet),
        ("tags / Media", OnlyInUmbraco, NoMediaYet),
        ("components / schemas / IApiMediaWithCropsResponseModel", OnlyInUmbraco, NoMediaYet),
        ("components / schemas / PagedIApiMediaWithCropsResponseModel", OnlyInUmbraco, NoMediaYet),
        ("components / schemas / ImageCropModel", OnlyInUmbraco, NoMediaYet),
        ("components / schemas / ImageCropCoordinatesModel", OnlyInUmbraco, NoMediaYet),
        ("components / schemas / ImageFocalPointModel", OnlyInUmbraco, NoMediaYet),

        ($"{EachOperation} / summary", OnlyInOurs, "Each operation says in one line what it answers; Umbraco's have no summary."),
        ($"{EachOperation} / description", OnlyInOurs, "Ours documents what Umbraco leaves out: Vary, ETag/304, the empty 401/404 and the Start-Item 404 body."),

        ($"{EachOperation} / parameters / header:Accept-Language / description", Differs, "Names the cultures served here (de-CH, fr-CH, it-CH) and that browser-style q-value lists are honoured."),
        ($"{EachOperation} / parameters / header:Accept-Language / examples / English culture", OnlyInUmbraco, "en-us is no culture here: the example would silently answer de-CH."),
        ($"{EachOperation} / parameters / header:Accept-Language / examples / French culture", OnlyInOurs, "An example culture this platform serves instead."),
        ($"{EachOperation} / parameters / header:Accept-Segment / description", Differs, "Says that there are no segments here: the header is accepted and ignored."),
        ($"{EachOperation} / parameters / header:Preview / description", Differs, "Says that preview needs the Api-Key (401 otherwise)."),
        ($"{EachOperation} / parameters / header:Start-Item / description", Differs, "Says what an unknown Start-Item answers."),
        ($"{Query} / parameters / query:filter / description", Differs, "Documents our extra filters (tag:, dimension:, level:, dossier:) and the 400 for a bad date or operator."),
        ($"{Query} / parameters / query:sort / description", Differs, "Says that asc and desc are case-insensitive here (Umbraco sorts name:ASC descending)."),
        ($"{Query} / parameters / query:skip / description", Differs, "Says that a negative skip is a 400 (Umbraco: 500)."),
        ($"{Query} / parameters / query:take / description", Differs, "Says that a negative take or one above the configured maximum is a 400 (Umbraco: 500, no maximum)."),

        ($"{EachOperation} / responses / 304", OnlyInOurs, "Conditional GET: a current If-None-Match or If-Modified-Since answers 304."),
        ($"{Query} / responses / 401", OnlyInOurs, "Preview or non-public access without a valid Api-Key is a 401 here too; Umbraco leaves it out for this operation only."),
        ($"{Query} / responses / 400 / content / application/json", OnlyInUmbraco, "Problem details are sent as application/problem+json (RFC 9457), as Umbraco's MVC sends them too."),
        ($"{Query} / responses / 400 / content / application/problem+json", OnlyInOurs, "The media type we (and Umbraco, despite its document) answer problem details with."),
        ($"{EachOperation} / responses / 400", OnlyInOurs, "A malformed expand, fields or id is a 400 validation problem (Umbraco: ignored, or an undocumented 400)."),
        ($"{EachOperation} / responses / 403", OnlyInUmbraco, "There are no members and no member-protected content here, so nothing answers 403."),
        ($"{ByPath} / responses / 301", OnlyInOurs, "The old route of a moved item answers 301 with Location, as Umbraco does without documenting it."),
        ($"{Items} / responses / 404", OnlyInOurs, "An unknown Start-Item is a 404 here too (Umbraco: the same, undocumented)."),

        ("components / schemas / * / description", OnlyInOurs, XmlDocs),
        ("components / schemas / * / properties / * / description", OnlyInOurs, XmlDocs),
        ("components / schemas / IApiContentRouteModel / properties / path / type", Differs, NeverNull),
        ("components / schemas / IApiContentStartItemModel / properties / path / type", Differs, NeverNull),
        ("components / schemas / IApiContentRouteModel / properties / queryString", OnlyInUmbraco, "We have no routes with a query string and never send queryString (it is optional in Umbraco's schema)."),
    ];

    [Fact]
    public void UmbracoDocument_IsTheCommittedCopyOfUmbraco17()
    {
        var document = UmbracoDeliveryContract.Document();

        Assert.Equal(45_274, UmbracoDeliveryContract.Text.Length);
        Assert.Equal("3.1.1", document["openapi"]!.GetValue<string>());
        Assert.Equal("Umbraco Delivery API", document["info"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeliveryDocument_DiffersFromUmbracosOnlyWhereListed()
    {
        using var response = await fixture.Client.RequestAsync("/umbraco/openapi/delivery.json");
        var ours = JsonNode.Parse(await response.TextAsync())!;

        var differences = OpenApiComparison.Compare(UmbracoDeliveryContract.Document(), ours);

        var unexplained = differences.Where(d => !Deliberate.Any(e => e.Kind == d.Kind && Matches(e.Location, d.Location))).ToList();
        var gone = Deliberate.Where(e => !differences.Any(d => e.Kind == d.Kind && Matches(e.Location, d.Location))).ToList();
        Assert.True(
            unexplained.Count == 0 && gone.Count == 0,
            $"Differences from Umbraco's document that are not listed:\n  {string.Join("\n  ", unexplained)}\n" +
            $"Listed differences that no longer exist:\n  {string.Join("\n  ", gone.Select(e => $"{e.Location} ({e.Kind})"))}");
    }

    [Theory]
    [InlineData("paths / /a / get / summary", "paths / * / get / summary", true)]
    [InlineData("paths / /a / get / responses / 304", "paths / * / get / summary", false)]
    [InlineData("paths / /a / get", "paths / * / get / summary", false)]
    public void Matches_OneStarIsOneKey(string location, string pattern, bool expected) =>
        Assert.Equal(expected, Matches(pattern, location));

    private static string Operation(string path) => OpenApiComparison.Join("paths", Base + path, "get");

    private static bool Matches(string pattern, string location)
    {
        var expected = pattern.Split(OpenApiDifference.Separator);
        var actual = location.Split(OpenApiDifference.Separator);
        return expected.Length == actual.Length && expected.Zip(actual).All(p => p.First == Any || p.First == p.Second);
    }
}
