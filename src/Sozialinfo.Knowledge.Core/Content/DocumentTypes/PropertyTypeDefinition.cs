namespace Sozialinfo.Knowledge.Core.Content.DocumentTypes;

/// <summary>The JSON shape of one property in a document-type file, before validation.</summary>
internal sealed class PropertyTypeDefinition
{
    public string? Alias { get; set; }

    public string? Name { get; set; }

    public string? Editor { get; set; }

    public bool Mandatory { get; set; }

    public string? ValidationPattern { get; set; }

    public string? ValidationMessage { get; set; }

    public bool? VariesByCulture { get; set; }

    public string? Group { get; set; }

    public List<string>? AllowedTypes { get; set; }
}
