using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Sozialinfo.Knowledge.Features.Content.Startup;

/// <summary>A configured folder must exist (an empty setting means "search above the content root"); Markdown limits must be usable.</summary>
internal sealed class ContentOptionsValidator(IHostEnvironment environment) : IValidateOptions<ContentOptions>
{
    public ValidateOptionsResult Validate(string? name, ContentOptions options)
    {
        var failures = new List<string>();
        Check(nameof(ContentOptions.DocumentTypesFolder), options.DocumentTypesFolder, failures);
        Check(nameof(ContentOptions.SeedFolder), options.SeedFolder, failures);
        failures.AddRange(options.Markdown.Problems().Select(p => $"{ContentOptions.SectionName}:{nameof(ContentOptions.Markdown)}:{p}"));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void Check(string setting, string configured, List<string> failures)
    {
        if (!string.IsNullOrWhiteSpace(configured) && !Directory.Exists(Path.GetFullPath(configured, environment.ContentRootPath)))
        {
            failures.Add($"{ContentOptions.SectionName}:{setting} '{configured}' does not exist (relative paths start at {environment.ContentRootPath}).");
        }
    }
}
