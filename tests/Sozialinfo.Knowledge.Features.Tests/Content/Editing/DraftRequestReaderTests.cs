using System.Text;
using Microsoft.AspNetCore.Http;
using Sozialinfo.Knowledge.Features.Content.Editing;
using Sozialinfo.Knowledge.Features.Content.Values;

namespace Sozialinfo.Knowledge.Features.Tests.Content.Editing;

/// <summary>
/// The body of PUT /api/content/{key}: every mistake a client can make is a per-field error in its own terms, never
/// an exception and never an internal type name (the old deserializer answered [] with "SaveContent+Request").
/// </summary>
public sealed class DraftRequestReaderTests
{
    private const string Valid = """
        {"culture":"de-CH","contentType":"article","parentKey":"fe5917ba-ea7a-49e2-ba4a-d6309391e92a","name":"Titel",
         "segment":"titel","sortOrder":3,"properties":{"lead":"Ein Lead","tags":["a","b"],"capacity":12,"registrationOpen":true,"empty":null}}
        """;

    [Fact]
    public async Task ReadAsync_ValidBody_ReadsEveryField()
    {
        var (request, errors) = await ReadAsync(Valid);

        Assert.Empty(errors);
        Assert.NotNull(request);
        Assert.Equal(("de-CH", "article", Guid.Parse("fe5917ba-ea7a-49e2-ba4a-d6309391e92a"), "Titel", "titel", 3), (request.Culture, request.ContentType, request.ParentKey!.Value, request.Name, request.Segment, request.SortOrder!.Value));
        Assert.Equal(RawValue.Scalar("Ein Lead"), request.Properties["lead"]);
        Assert.Equal(["a", "b"], request.Properties["tags"].Items);
        Assert.Equal("12", request.Properties["capacity"].Text);
        Assert.Equal("true", request.Properties["registrationOpen"].Text);
        Assert.Equal(RawValueKind.Null, request.Properties["empty"].Kind);
    }

    [Fact]
    public async Task ReadAsync_FieldNamesInOtherCaseAndUnknownFields_AreReadAndIgnored()
    {
        var (request, errors) = await ReadAsync("""{"CULTURE":"fr-CH","Name":"Nom","key":"x","cultures":{}}""");

        Assert.Empty(errors);
        Assert.Equal(("fr-CH", "Nom"), (request!.Culture, request.Name));
    }

    [Fact]
    public async Task ReadAsync_EmptyObject_LeavesEverythingOpen()
    {
        var (request, errors) = await ReadAsync("{}");

        Assert.Empty(errors);
        Assert.Equal((null, null, null, null, null, null), (request!.Culture, request.ContentType, request.ParentKey, request.Name, request.Segment, request.SortOrder));
        Assert.Empty(request.Properties);
    }

    [Theory]
    [InlineData("[]", "nicht eine Liste")]
    [InlineData("\"x\"", "nicht ein Text")]
    [InlineData("1", "nicht die Zahl 1")]
    [InlineData("true", "nicht ein Wahrheitswert")]
    [InlineData("null", "fehlt")]
    [InlineData("", "fehlt")]
    [InlineData("{\"name\": ", "Ungültiges JSON (Zeile 1")]
    [InlineData("{'name': 'x'}", "Ungültiges JSON")]
    [InlineData("{\"name\": \"x\"} {}", "Ungültiges JSON")]
    public async Task ReadAsync_BodyThatIsNoObject_IsABodyErrorInTheClientsTerms(string body, string expected)
    {
        var (request, errors) = await ReadAsync(body);

        Assert.Null(request);
        var error = Assert.Single(errors);
        Assert.Equal("body", error.Field);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        AssertNoInternals(error.Message);
    }

    [Fact]
    public async Task ReadAsync_DeeplyNestedJson_IsABodyError()
    {
        var (_, errors) = await ReadAsync("{\"properties\":{\"lead\":" + new string('[', 10_000) + new string(']', 10_000) + "}}");

        Assert.Equal("body", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData("culture", "1", "«culture» muss ein Text sein, nicht die Zahl 1.")]
    [InlineData("culture", "{}", "«culture» muss ein Text sein, nicht ein Objekt.")]
    [InlineData("contentType", "[\"article\"]", "«contentType» muss ein Text sein, nicht eine Liste.")]
    [InlineData("name", "false", "«name» muss ein Text sein, nicht ein Wahrheitswert.")]
    [InlineData("segment", "12", "«segment» muss ein Text sein, nicht die Zahl 12.")]
    [InlineData("parentKey", "7", "«parentKey» muss ein Text sein, nicht die Zahl 7.")]
    [InlineData("parentKey", "\"kein-schluessel\"", "«kein-schluessel» ist kein gültiger Schlüssel (GUID).")]
    [InlineData("sortOrder", "2147483648", "«sortOrder» muss eine ganze Zahl von -2147483648 bis 2147483647 sein, nicht die Zahl 2147483648.")]
    [InlineData("sortOrder", "-2147483649", "«sortOrder» muss eine ganze Zahl von -2147483648 bis 2147483647 sein, nicht die Zahl -2147483649.")]
    [InlineData("sortOrder", "1.5", "«sortOrder» muss eine ganze Zahl von -2147483648 bis 2147483647 sein, nicht die Zahl 1.5.")]
    [InlineData("sortOrder", "1e400", "«sortOrder» muss eine ganze Zahl von -2147483648 bis 2147483647 sein, nicht die Zahl 1e400.")]
    [InlineData("sortOrder", "\"fünf\"", "«sortOrder» muss eine ganze Zahl von -2147483648 bis 2147483647 sein, nicht ein Text.")]
    [InlineData("properties", "[]", "«properties» muss ein Objekt sein (Alias der Eigenschaft → Wert), nicht eine Liste.")]
    [InlineData("properties", "\"lead\"", "«properties» muss ein Objekt sein (Alias der Eigenschaft → Wert), nicht ein Text.")]
    public async Task ReadAsync_FieldOfTheWrongType_IsAnErrorOfThatField(string field, string json, string expected)
    {
        var (request, errors) = await ReadAsync($"{{\"{field}\": {json}}}");

        Assert.Null(request);
        var error = Assert.Single(errors);
        Assert.Equal((field, expected), (error.Field, error.Message));
    }

    [Fact]
    public async Task ReadAsync_HugeNumber_IsNamedShortly()
    {
        var (_, errors) = await ReadAsync($"{{\"sortOrder\": {new string('9', 5000)}}}");

        var error = Assert.Single(errors);
        Assert.Equal("sortOrder", error.Field);
        Assert.True(error.Message.Length < 120, error.Message);
    }

    [Theory]
    [InlineData("\"5\"", 5)]
    [InlineData("-1", -1)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("null", null)]
    public async Task ReadAsync_SortOrder_AcceptsWholeNumbersAlsoInQuotes(string json, int? expected)
    {
        var (request, errors) = await ReadAsync($"{{\"sortOrder\": {json}}}");

        Assert.Empty(errors);
        Assert.Equal(expected, request!.SortOrder);
    }

    [Theory]
    [InlineData("""{"name":"a","name":"b"}""", "name")]
    [InlineData("""{"culture":"de-CH","Culture":"fr-CH"}""", "culture")]
    [InlineData("""{"properties":{"lead":"a","lead":"b"}}""", "properties.lead")]
    public async Task ReadAsync_FieldGivenTwice_IsRefused(string body, string field)
    {
        var (request, errors) = await ReadAsync(body);

        Assert.Null(request);
        Assert.Equal(field, Assert.Single(errors).Field);
    }

    [Fact]
    public async Task ReadAsync_InvalidUtf8_IsABodyError()
    {
        var (request, errors) = await ReadAsync([.. "{\"name\": \""u8, 0xFF, 0xFE, .. "\"}"u8]);

        Assert.Null(request);
        Assert.Equal("body", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData("""{"name":"\ud800"}""", "name")]
    [InlineData("""{"properties":{"lead":"\udc00x"}}""", "properties.lead")]
    [InlineData("""{"properties":{"tags":["ok","\ud800"]}}""", "properties.tags")]
    [InlineData("""{"properties":{"\ud800":"x"}}""", "properties")]
    public async Task ReadAsync_EscapedLoneSurrogate_IsAnErrorOfThatField(string body, string field)
    {
        var (request, errors) = await ReadAsync(body);

        Assert.Null(request);
        Assert.Equal(field, Assert.Single(errors).Field);
    }

    [Fact]
    public async Task ReadAsync_ByteOrderMark_IsSkipped()
    {
        var (request, errors) = await ReadAsync([0xEF, 0xBB, 0xBF, .. "{\"name\":\"x\"}"u8]);

        Assert.Empty(errors);
        Assert.Equal("x", request!.Name);
    }

    [Fact]
    public async Task ReadAsync_OverlongAlias_IsEchoedShortened()
    {
        var alias = new string('a', 3000);

        var (_, errors) = await ReadAsync("{\"properties\":{\"" + alias + "\":\"x\",\"" + alias + "\":\"y\"}}");

        var error = Assert.Single(errors);
        Assert.True(error.Field.Length < 120 && error.Message.Length < 160, error.Field + " " + error.Message);
        Assert.EndsWith("…", error.Field, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_SeveralWrongFields_ReportsEachOfThem()
    {
        var (_, errors) = await ReadAsync("""{"culture":1,"name":[],"sortOrder":"x","properties":7}""");

        Assert.Equal(["culture", "name", "properties", "sortOrder"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    private static Task<(DraftRequest? Request, List<ContentError> Errors)> ReadAsync(string body) => ReadAsync(Encoding.UTF8.GetBytes(body));

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("Application/JSON; charset=UTF8", true)]
    [InlineData("application/problem+json", true)]
    [InlineData("application/json; charset=iso-8859-1", false)]
    [InlineData("text/plain", false)]
    [InlineData("application/x-www-form-urlencoded", false)]
    [InlineData(null, false)]
    public async Task ReadAsync_ContentType_OnlyJsonInUtf8IsRead(string? contentType, bool read)
    {
        var http = new DefaultHttpContext();
        http.Request.Body = new MemoryStream("{}"u8.ToArray());
        http.Request.ContentType = contentType;

        var result = await DraftRequestReader.ReadAsync(http.Request, TestContext.Current.CancellationToken);

        Assert.Equal(read ? 400 : 415, result.StatusCode);
        Assert.Equal(read, result.Request is not null);
    }

    [Theory]
    [InlineData(StatusCodes.Status413PayloadTooLarge, "zu gross")]
    [InlineData(StatusCodes.Status400BadRequest, "unvollständig")]
    public async Task ReadAsync_BodyTheServerRefusesWhileReading_IsABodyErrorWithItsStatus(int status, string expected)
    {
        var http = new DefaultHttpContext();
        http.Request.Body = new RefusingStream(status);
        http.Request.ContentType = "application/json";

        var result = await DraftRequestReader.ReadAsync(http.Request, TestContext.Current.CancellationToken);

        Assert.Equal(status, result.StatusCode);
        var error = Assert.Single(result.Errors);
        Assert.Equal("body", error.Field);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static async Task<(DraftRequest? Request, List<ContentError> Errors)> ReadAsync(byte[] body)
    {
        var http = new DefaultHttpContext();
        http.Request.Body = new MemoryStream(body);
        http.Request.ContentType = "application/json";
        var result = await DraftRequestReader.ReadAsync(http.Request, TestContext.Current.CancellationToken);
        foreach (var error in result.Errors)
        {
            AssertNoInternals(error.Message);
        }

        Assert.Equal(400, result.StatusCode);
        return (result.Request, [.. result.Errors]);
    }

    private static void AssertNoInternals(string message)
    {
        Assert.DoesNotContain("Request", message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Path: $", message, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be converted", message, StringComparison.Ordinal);
    }

    /// <summary>A request body as Kestrel reads one over its size limit (413) or cut off by the client (400).</summary>
    private sealed class RefusingStream(int status) : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new BadHttpRequestException("refused", status);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            throw new BadHttpRequestException("refused", status);

        public override int Read(byte[] buffer, int offset, int count) => throw new BadHttpRequestException("refused", status);
    }
}
