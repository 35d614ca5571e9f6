using System.Net;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Web.Tests.Delivery;

namespace Sozialinfo.Knowledge.Web.Tests.Reader;

/// <summary>
/// The pages every Swiss organisation's site has (imprint, privacy notice, contact, accessibility statement): seeded
/// content that editors can change, in the Delivery API too, and linked with the contact data from every footer.
/// </summary>
public sealed class LegalPagesTests(ReaderSiteFixture fixture) : IClassFixture<ReaderSiteFixture>
{
    private static readonly Guid Imprint = Guid.Parse("46a6f10b-c552-4f53-a9b5-2ce92e149af0");
    private static readonly Guid Home = Guid.Parse("d748fe6c-cd9e-438b-a356-c192b7e2ee40");
    private static readonly string[] LegalPaths = ["/kontakt/", "/impressum/", "/datenschutz/", "/barrierefreiheit/"];

    private readonly KnowledgeApiFactory _factory = fixture.Site;

    public static TheoryData<string, string, string[]> Pages => new()
    {
        {
            "/impressum/", "Impressum",
            ["Herausgeberin", "Verein Kompetenzzentrum Digitalisierung & Soziale Arbeit", "Laupenstrasse 18a", "3008 Bern", "+41 31 552 48 00", "kompetenzzentrum@sozialinfo.example", "Verantwortung für den Inhalt"]
        },
        {
            // Art. 19 DSG: controller and contact, purposes, categories of data, recipients, disclosure abroad; with
            // retention and the rights of the person.
            "/datenschutz/", "Datenschutzerklärung",
            ["Art. 19", "Verantwortliche Stelle", "Welche Daten wir bearbeiten und wozu", "Wer Ihre Daten erhält", "Bekanntgabe ins Ausland", "Wie lange wir Daten aufbewahren", "Ihre Rechte", "Art. 25 DSG", "EDÖB", "kompetenzzentrum@sozialinfo.example"]
        },
        {
            "/kontakt/", "Kontakt",
            ["Geschäftsstelle Bern", "Laupenstrasse 18a", "Antenne romande Lausanne", "1003 Lausanne", "Postadresse", "+41 31 552 48 00", "kompetenzzentrum@sozialinfo.example"]
        },
        {
            "/barrierefreiheit/", "Barrierefreiheit",
            ["WCAG", "2.1", "Stufe AA", "eCH-0059", "Bekannte Einschränkungen", "Hindernis melden", "kompetenzzentrum@sozialinfo.example"]
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_LegalPage_RendersItsGermanTextWithEveryRequiredPart(string path, string name, string[] required)
    {
        var (response, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(name, Assert.Single(page.Headings, h => h.Level == 1).Text);
        var main = HtmlPage.Text(page.Element("main")!);
        Assert.All(required, part => Assert.Contains(part, main, StringComparison.Ordinal));
        Assert.DoesNotContain("ß", main, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/")]
    [InlineData("/impressum/")]
    [InlineData("/suche?q=Datenschutz")]
    [InlineData("/gibt-es-nicht/")]
    public async Task Get_AnyPage_FooterLinksTheLegalPagesAndGivesTheContact(string path)
    {
        var (_, page) = await ReaderRequests.GetPageAsync(_factory.CreateClient(), path);

        var footer = page.Element("footer", "class=\"site-footer\"");
        Assert.NotNull(footer);
        var links = HtmlPage.LinksIn(footer);
        Assert.Equal(LegalPaths, links.Where(l => LegalPaths.Contains(l.Href)).Select(l => l.Href));
        Assert.Equal(["Kontakt", "Impressum", "Datenschutzerklärung", "Barrierefreiheit"], links.Where(l => LegalPaths.Contains(l.Href)).Select(l => l.Text));
        Assert.Contains(links, l => l.Href == "mailto:kompetenzzentrum@sozialinfo.example");
        Assert.Contains(links, l => l.Href == "tel:+41315524800" && l.Text == "+41 31 552 48 00");
        var text = HtmlPage.Text(footer);
        Assert.Contains("Kompetenzzentrum Digitalisierung & Soziale Arbeit", text, StringComparison.Ordinal);
        Assert.Contains("Laupenstrasse 18a 3008 Bern", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_LegalPagesInTheDeliveryApi_AreTextPagesUnderTheStartPage()
    {
        var client = _factory.CreateClient();

        var list = await client.GetJsonAsync("/umbraco/delivery/api/v2/content?filter=contentType:textPage&sort=sortOrder:asc");
        var item = await client.GetJsonAsync("/umbraco/delivery/api/v2/content/item/datenschutz/");

        Assert.Equal(LegalPaths.Length, list.GetProperty("total").GetInt32());
        Assert.Equal(LegalPaths, list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("route").GetProperty("path").GetString()));
        Assert.Equal("textPage", item.GetProperty("contentType").GetString());
        Assert.Contains("<h2 id=\"bekanntgabe-ins-ausland\">Bekanntgabe ins Ausland</h2>", item.GetProperty("properties").GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_TopicOfALegalPage_ReaderSearchListsTheArticlesAndTheApiStillFindsThePage()
    {
        var client = _factory.CreateClient();

        var (_, page) = await ReaderRequests.GetPageAsync(client, "/suche?q=Datenschutz");
        var api = await client.GetJsonAsync("/api/search?q=Impressum");

        var hits = HtmlPage.LinksIn(page.Element("ol", "class=\"search-hits\"")!);
        Assert.NotEmpty(hits);
        Assert.DoesNotContain(hits, l => LegalPaths.Contains(l.Href));
        Assert.Equal("/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/", hits[0].Href);
        Assert.Contains(api.GetProperty("items").EnumerateArray(), i => i.GetProperty("route").GetString() == "/impressum/");
    }

    [Fact]
    public async Task Publish_EditedImprint_ShowsTheEditorsTextOnThePageAndItsNewNameInTheFooter()
    {
        // A store of its own: the other tests here read the seeded imprint.
        await using var site = new KnowledgeApiFactory();
        var client = site.CreateClient();
        _ = await ReaderRequests.PublishedAsync(site);
        var draft = new Dictionary<string, object?>
        {
            ["culture"] = Cultures.Default,
            ["contentType"] = "textPage",
            ["parentKey"] = Home.ToString(),
            ["name"] = "Impressum und Herausgeberin",
            ["segment"] = "impressum",
            ["sortOrder"] = 11,
            ["properties"] = new Dictionary<string, object?>
            {
                ["lead"] = "Wer diese Website herausgibt und wer für ihren Inhalt verantwortlich ist.",
                ["body"] = "## Herausgeberin\n\nVerein Kompetenzzentrum Digitalisierung & Soziale Arbeit, neu an der Effingerstrasse 4, 3011 Bern.",
            },
        };

        await client.SaveDraftAsync(Imprint, draft);
        await client.PublishAsync(Imprint);
        var (response, page) = await ReaderRequests.GetPageAsync(client, "/impressum/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Impressum und Herausgeberin", Assert.Single(page.Headings, h => h.Level == 1).Text);
        Assert.Contains("Effingerstrasse 4, 3011 Bern", HtmlPage.Text(page.Element("main")!), StringComparison.Ordinal);
        Assert.Contains(HtmlPage.LinksIn(page.Element("footer")!), l => l.Href == "/impressum/" && l.Text == "Impressum und Herausgeberin");
    }
}
