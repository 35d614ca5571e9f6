using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Features.Content.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sozialinfo.Knowledge.Features.Content.Import;

/// <summary>
/// Reads a seed file: YAML front matter between "---" lines (format: content-seed/README.md), then the Markdown body,
/// which becomes the "body" property. Every error carries the line in the file it is about.
/// </summary>
internal static class FrontMatterParser
{
    private const string BodyAlias = "body";
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        "type", "key", "parent", "name", "segment", "sortOrder", "culture", "createDate", "updateDate", "published", "tags", "properties",
    };

    public static SeedFile? Parse(string path, string text, List<ImportError> errors)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            errors.Add(new(1, "Die Datei beginnt nicht mit YAML-Front-Matter («---» in der ersten Zeile)."));
            return null;
        }

        var closing = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (closing < 0)
        {
            errors.Add(new(1, "Das Front Matter wird nicht mit «---» abgeschlossen."));
            return null;
        }

        var root = Load(string.Join('\n', lines[1..closing]), errors);
        if (root is null)
        {
            return null;
        }

        var reader = new FieldReader(root, errors);
        var properties = ReadProperties(root, reader, errors);
        var bodyLine = closing + 2;
        var body = string.Join('\n', lines[(closing + 1)..]).Trim();
        if (body.Length > 0)
        {
            if (!properties.TryAdd(BodyAlias, RawValue.Scalar(body, bodyLine)))
            {
                errors.Add(new(properties[BodyAlias].Line, "«body» steht schon als Markdown-Text unter dem Front Matter; bitte nur einmal angeben."));
            }
        }

        reader.Lines[SeedFile.BodyLine] = bodyLine;
        var key = reader.Key("key", required: true);
        var type = reader.Text("type", required: true);
        var name = reader.Text("name", required: true);
        var file = new SeedFile(
            path,
            key ?? Guid.Empty,
            type ?? string.Empty,
            reader.Key("parent", required: false),
            name ?? string.Empty,
            reader.Text("segment", required: false),
            reader.Integer("sortOrder"),
            reader.Text("culture", required: false) ?? Cultures.Default,
            reader.Date("createDate"),
            reader.Date("updateDate"),
            reader.Boolean("published") ?? true,
            properties,
            reader.Lines);
        return errors.Count == 0 ? file : null;
    }

    private static YamlMappingNode? Load(string yaml, List<ImportError> errors)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return root;
            }

            errors.Add(new(2, "Das Front Matter muss eine YAML-Zuordnung sein (Feld: Wert je Zeile)."));
        }
        catch (YamlException exception)
        {
            errors.Add(new(FieldReader.FileLine(exception.Start), $"Ungültiges YAML: {exception.Message}"));
        }

        return null;
    }

    private static Dictionary<string, RawValue> ReadProperties(YamlMappingNode root, FieldReader reader, List<ImportError> errors)
    {
        var properties = new Dictionary<string, RawValue>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in root.Children)
        {
            var field = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            reader.Lines[field] = FieldReader.FileLine(keyNode.Start);
            if (!Fields.Contains(field))
            {
                errors.Add(new(FieldReader.FileLine(keyNode.Start), $"Unbekanntes Feld «{field}»; Eigenschaften gehören unter «properties:»."));
            }
            else if (field == "tags")
            {
                properties["tags"] = FieldReader.ToRaw(value);
            }
            else if (field == "properties")
            {
                ReadPropertyMap(value, properties, errors);
            }
        }

        return properties;
    }

    private static void ReadPropertyMap(YamlNode node, Dictionary<string, RawValue> properties, List<ImportError> errors)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" })
        {
            return;
        }

        if (node is not YamlMappingNode map)
        {
            errors.Add(new(FieldReader.FileLine(node.Start), "«properties» muss eine Zuordnung von Eigenschaft zu Wert sein."));
            return;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var alias = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!properties.TryAdd(alias, FieldReader.ToRaw(value)))
            {
                errors.Add(new(FieldReader.FileLine(keyNode.Start), $"Die Eigenschaft «{alias}» ist doppelt angegeben (auch als eigenes Feld)."));
            }
        }
    }
}
