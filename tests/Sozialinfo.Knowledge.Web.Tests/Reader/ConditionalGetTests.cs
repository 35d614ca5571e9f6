using System.Net;
using System.Net.Http.Headers;

namespace Sozialinfo.Knowledge.Web.Tests.Reader;

/// <summary>Validators (ETag, Last-Modified) and permanent redirects to canonical routes.</summary>
public sealed class ConditionalGetTests(ReaderSiteFixture fixture) : IClassFixture<ReaderSiteFixture>
{
    private readonly KnowledgeApiFactory _factory = fixture.Site;

    private const string ArticlePath = "/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/";

    [Fact]
    public async Task Get_WithMatchingIfNoneMatch_Answers304WithoutBody()
    {
        var client = _factory.CreateClient();
        var (first, _) = await ReaderRequests.GetPageAsync(client, ArticlePath);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(ArticlePath, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.NotNull(first.Headers.ETag);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task Get_WithOtherEntityTag_AnswersTheFullPage()
    {
        var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(ArticlePath, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"veraltet\""));

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TwoPages_HaveDifferentEntityTags()
    {
        var client = _factory.CreateClient();

        var (article, _) = await ReaderRequests.GetPageAsync(client, ArticlePath);
        var (dossier, _) = await ReaderRequests.GetPageAsync(client, "/dossiers/datenschutz/");

        Assert.NotEqual(article.Headers.ETag, dossier.Headers.ETag);
    }

    [Fact]
    public async Task Get_WithIfModifiedSinceLastModified_Answers304()
    {
        var client = _factory.CreateClient();
        var (first, _) = await ReaderRequests.GetPageAsync(client, "/dossiers/");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/dossiers/", UriKind.Relative));
        request.Headers.IfModifiedSince = first.Content.Headers.LastModified;

        using var second = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Get_304ForAClientAcceptingCompression_VariesOnAcceptEncodingLikeThe200(bool byDate)
    {
        var client = _factory.CreateClient();
        using var full = new HttpRequestMessage(HttpMethod.Get, new Uri(ArticlePath, UriKind.Relative));
        full.Headers.AcceptEncoding.ParseAdd("br, gzip");
        using var first = await client.SendAsync(full, TestContext.Current.CancellationToken);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri(ArticlePath, UriKind.Relative));
        conditional.Headers.AcceptEncoding.ParseAdd("br, gzip");
        if (byDate)
        {
            conditional.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        }
        else
        {
            conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(first.Headers.ETag!.Tag));
        }

        using var second = await client.SendAsync(conditional, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Accept-Encoding", first.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.Vary.Order(), second.Headers.Vary.Order());
    }

    [Theory]
    [InlineData("/dossiers/datenschutz", "/dossiers/datenschutz/")]
    [InlineData("/Dossiers/Datenschutz/", "/dossiers/datenschutz/")]
    [InlineData("/DOSSIERS", "/dossiers/")]
    public async Task Get_NonCanonicalSpelling_RedirectsPermanentlyToTheRoute(string path, string expected)
    {
        var (response, _) = await ReaderRequests.GetPageAsync(ReaderRequests.NoRedirects(_factory), path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Head_Article_AnswersOkWithValidators()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(ArticlePath, UriKind.Relative));

        using var response = await _factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Post_ContentRoute_AnswersMethodNotAllowed()
    {
        using var content = new StringContent("x");

        using var response = await _factory.CreateClient().PostAsync(new Uri("/dossiers/", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
