using Sozialinfo.Knowledge.Core.Content.DocumentTypes;

namespace Sozialinfo.Knowledge.Web.Tests.Content;

/// <summary>An invalid document-type file stops the app at start with the loader's message (file and field).</summary>
public sealed class InvalidDocumentTypeTests
{
    [Fact]
    public async Task Start_InvalidDocumentType_FailsWithFileAndField()
    {
        var folder = Directory.CreateTempSubdirectory("knowledge-types-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(KnowledgeApiFactory.DocumentTypesFolder, "*.json"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            var broken = Path.Combine(folder, "event.json");
            await File.WriteAllTextAsync(
                broken,
                (await File.ReadAllTextAsync(broken, TestContext.Current.CancellationToken)).Replace("Umbraco.Integer", "Umbraco.Number", StringComparison.Ordinal),
                TestContext.Current.CancellationToken);
            await using var factory = new KnowledgeApiFactory(new Dictionary<string, string?> { ["Content:DocumentTypesFolder"] = folder });

            var exception = Assert.Throws<DocumentTypeDefinitionException>(() => factory.CreateClient());

            Assert.Equal((broken, "properties[6].editor"), (exception.File, exception.Field));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
