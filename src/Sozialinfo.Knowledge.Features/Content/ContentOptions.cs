using Sozialinfo.Knowledge.Markdown;

namespace Sozialinfo.Knowledge.Features.Content;

/// <summary>Settings of the content capability, bound from the "Content" section.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>Folder of the document-type JSON files; empty = find "umbraco-config/document-types" above the content root.</summary>
    public string DocumentTypesFolder { get; set; } = string.Empty;

    /// <summary>Folder of the seed content; empty = find "content-seed" above the content root.</summary>
    public string SeedFolder { get; set; } = string.Empty;

    /// <summary>Import the seed folder on start when the store is empty.</summary>
    public bool SeedOnStart { get; set; } = true;

    /// <summary>Limits of every Markdown property ("Content:Markdown:MaxLength" and so on), checked on save and on render.</summary>
    public MarkdownLimits Markdown { get; set; } = new();
}
