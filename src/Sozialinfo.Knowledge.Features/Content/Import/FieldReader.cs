using Sozialinfo.Knowledge.Features.Content.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sozialinfo.Knowledge.Features.Content.Import;

/// <summary>Reads the typed front-matter fields of a seed file and remembers the line of each field.</summary>
internal sealed class FieldReader(YamlMappingNode root, List<ImportError> errors)
{
    /// <summary>The front matter starts on line 2 of the file, after the opening "---".</summary>
    private const int FrontMatterOffset = 1;

    public Dictionary<string, int> Lines { get; } = new(StringComparer.Ordinal);

    public static int FileLine(Mark mark) => (int)Math.Max(1, mark.Line) + FrontMatterOffset;

    public static RawValue ToRaw(YamlNode node)
    {
        var line = FileLine(node.Start);
        return node switch
        {
            YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" } => RawValue.Null(line),
            YamlScalarNode scalar => RawValue.Scalar(scalar.Value ?? string.Empty, line),
            YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode) =>
                RawValue.List([.. sequence.Children.Select(c => ((YamlScalarNode)c).Value ?? string.Empty)], line),
            _ => RawValue.Unsupported(line),
        };
    }

    public string? Text(string field, bool required)
    {
        var (value, line) = Scalar(field);
        if (value is null && required)
        {
            errors.Add(new(line, $"Das Feld «{field}» fehlt."));
        }

        return value;
    }

    public Guid? Key(string field, bool required)
    {
        var text = Text(field, required);
        if (text is null)
        {
            return null;
        }

        if (Guid.TryParse(text, out var key))
        {
            return key;
        }

        errors.Add(new(Scalar(field).Line, $"«{field}» muss ein Schlüssel (GUID) sein, nicht «{text}»."));
        return null;
    }

    public int? Integer(string field)
    {
        var text = Text(field, required: false);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(new(Scalar(field).Line, $"«{field}» muss eine ganze Zahl sein, nicht «{text}»."));
        return null;
    }

    public DateTimeOffset? Date(string field)
    {
        var text = Text(field, required: false);
        if (text is null)
        {
            return null;
        }

        if (IsoDateTime.TryParse(text, out var date))
        {
            return date;
        }

        errors.Add(new(Scalar(field).Line, $"«{field}» muss ein Datum nach ISO 8601 sein (z. B. 2026-03-02T09:15:00+01:00), nicht «{text}»."));
        return null;
    }

    public bool? Boolean(string field)
    {
        var text = Text(field, required: false);
        return text?.ToLowerInvariant() switch
        {
            null => null,
            "true" => true,
            "false" => false,
            _ => Fail(field, text),
        };
    }

    private bool? Fail(string field, string text)
    {
        errors.Add(new(Scalar(field).Line, $"«{field}» muss true oder false sein, nicht «{text}»."));
        return null;
    }

    private (string? Value, int Line) Scalar(string field)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(field), out var node))
        {
            return (null, 2);
        }

        var raw = ToRaw(node);
        return raw.Kind switch
        {
            RawValueKind.Scalar when !string.IsNullOrWhiteSpace(raw.Text) => (raw.Text.Trim(), raw.Line),
            RawValueKind.List or RawValueKind.Unsupported => (ReportNotScalar(field, raw.Line), raw.Line),
            _ => (null, raw.Line),
        };
    }

    private string? ReportNotScalar(string field, int line)
    {
        if (!errors.Any(e => e.Line == line))
        {
            errors.Add(new(line, $"«{field}» muss ein einzelner Wert sein."));
        }

        return null;
    }
}
