using System.Security.Cryptography;
using System.Text;

namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>
/// What a request asks to be output beyond the default: which picker properties to expand and which properties to
/// include. The default shape (no expand, no fields) is the one whose serialised bytes are cached.
/// </summary>
internal sealed class OutputShape
{
    private OutputShape(PropertySelection expand, PropertySelection? fields, string tag)
    {
        Expand = expand;
        Fields = fields;
        Tag = tag;
    }

    public static OutputShape Default { get; } = new(PropertySelection.None, null, string.Empty);

    public PropertySelection Expand { get; }

    /// <summary>Null outputs every property.</summary>
    public PropertySelection? Fields { get; }

    /// <summary>Empty for the default shape, otherwise a short hash of expand and fields for the ETag.</summary>
    public string Tag { get; }

    public bool IsDefault => ReferenceEquals(this, Default);

    /// <summary>Parses expand and fields; errors are keyed by parameter name, for a validation problem.</summary>
    public static OutputShape? TryParse(string? expand, string? fields, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(expand) && string.IsNullOrEmpty(fields))
        {
            return Default;
        }

        var expandSelection = Parse("expand", expand, errors) ?? PropertySelection.None;
        var fieldsSelection = Parse("fields", fields, errors);
        if (errors.Count > 0)
        {
            return null;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{expand}\n{fields}"));
        return new OutputShape(expandSelection, fieldsSelection, Convert.ToHexStringLower(hash, 0, 8));
    }

    private static PropertySelection? Parse(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (PropertySelectionParser.TryParse(text, out var selection, out var error))
        {
            return selection;
        }

        errors[name] = [$"'{name}' {error}"];
        return null;
    }
}
