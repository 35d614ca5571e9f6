using Sozialinfo.Knowledge.Features.Content;
using Sozialinfo.Knowledge.Features.Delivery;
using Sozialinfo.Knowledge.Features.Search;
using Sozialinfo.Knowledge.Web;
using Sozialinfo.Knowledge.Web.Commands;
using Sozialinfo.Knowledge.Web.Editor;
using Sozialinfo.Knowledge.Web.Reader;

var builder = WebApplication.CreateBuilder(args);

builder.AddKnowledgeDefaults();        // problem details, OpenAPI, JSON, TimeProvider, compression
builder.AddKestrelLimits();            // request line up to 64 KB: over-long searches get a German answer, not a 414
builder.AddKnowledgePersistence();     // "Persistence:Provider" = Sqlite (default) | PostgreSql
builder.AddKnowledgeSearch();          // Lucene.Net indexes in <Persistence:DataFolder>/search/<name>
builder.Services
    .AddContentFeature()               // document types, seed import, drafts and publishing, published snapshot
    .AddDeliveryFeature()              // Umbraco Content Delivery API v2
    .AddSearchFeature()                // indexes kept in step with every publish; /api/search
    .AddReaderSite()                   // server-rendered German reader site
    .AddEditorPages();                 // /redaktion: editors' sign-in and search index status page

var app = builder.Build();

app.UseKnowledgeDefaults();
app.MapContentEndpoints();
app.MapDeliveryEndpoints();            // /umbraco/delivery/api/v2/...
app.MapSearchEndpoints();              // /api/search, /api/search/suggest, /api/search/status
app.MapReaderSite();

await app.RunKnowledgeAsync(args);     // "import <folder>" imports and exits; otherwise serves
