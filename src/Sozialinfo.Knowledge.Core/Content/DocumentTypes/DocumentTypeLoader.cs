using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sozialinfo.Knowledge.Core.Content.DocumentTypes;

/// <summary>
/// Loads document types from JSON files (one per type) and validates them as Umbraco would on save:
/// aliases, editors, patterns, compositions and allowed children. Any error names the file and the field.
/// </summary>
public static partial class DocumentTypeLoader
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static DocumentTypeCatalog LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DocumentTypeDefinitionException(folder, "(folder)", "the document-type folder does not exist");
        }

        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Json: File.ReadAllText(path)));
        return Load(files);
    }

    public static DocumentTypeCatalog Load(IEnumerable<(string Path, string Json)> files)
    {
        var definitions = files.Select(f => (f.Path, Definition: Parse(f.Path, f.Json))).ToList();
        var byAlias = new Dictionary<string, (string Path, DocumentTypeDefinition Definition)>(StringComparer.Ordinal);
        foreach (var (path, definition) in definitions)
        {
            ValidateShape(path, definition);
            if (!byAlias.TryAdd(definition.Alias!, (path, definition)))
            {
                throw new DocumentTypeDefinitionException(path, "alias", $"the alias '{definition.Alias}' is already defined in '{byAlias[definition.Alias!].Path}'");
            }
        }

        var resolved = byAlias.Values.Select(entry => Resolve(entry.Path, entry.Definition, byAlias)).ToList();
        return new DocumentTypeCatalog(resolved);
    }

    private static DocumentTypeDefinition Parse(string path, string json)
    {
        try
        {
            return JsonSerializer.Deserialize<DocumentTypeDefinition>(json, JsonOptions)
                ?? throw new DocumentTypeDefinitionException(path, "(root)", "the file is empty");
        }
        catch (JsonException exception)
        {
            var field = string.IsNullOrEmpty(exception.Path) ? "(root)" : exception.Path.TrimStart('$', '.');
            throw new DocumentTypeDefinitionException(path, field, $"invalid JSON at line {exception.LineNumber + 1}: {exception.Message}");
        }
    }

    private static void ValidateShape(string path, DocumentTypeDefinition definition)
    {
        RequireAlias(path, "alias", definition.Alias);
        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            throw new DocumentTypeDefinitionException(path, "name", "a name is required");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < (definition.Properties?.Count ?? 0); index++)
        {
            var property = definition.Properties![index];
            var prefix = $"properties[{index}]";
            RequireAlias(path, $"{prefix}.alias", property.Alias);
            if (!seen.Add(property.Alias!))
            {
                throw new DocumentTypeDefinitionException(path, $"{prefix}.alias", $"the property alias '{property.Alias}' is used twice");
            }

            ValidateProperty(path, prefix, property);
        }
    }

    private static void ValidateProperty(string path, string prefix, PropertyTypeDefinition property)
    {
        if (string.IsNullOrWhiteSpace(property.Name))
        {
            throw new DocumentTypeDefinitionException(path, $"{prefix}.name", "a name is required");
        }

        if (property.Editor is null || !PropertyEditorAlias.IsKnown(property.Editor))
        {
            throw new DocumentTypeDefinitionException(path, $"{prefix}.editor",
                $"'{property.Editor}' is not a supported property editor; use one of {string.Join(", ", PropertyEditorAlias.All)}");
        }

        if (property.ValidationPattern is { } pattern)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException exception)
            {
                throw new DocumentTypeDefinitionException(path, $"{prefix}.validationPattern", $"not a valid regular expression: {exception.Message}");
            }
        }
    }

    private static DocumentType Resolve(
        string path,
        DocumentTypeDefinition definition,
        Dictionary<string, (string Path, DocumentTypeDefinition Definition)> byAlias)
    {
        var properties = new List<PropertyType>();
        var compositions = definition.Compositions ?? [];
        for (var index = 0; index < compositions.Count; index++)
        {
            if (!byAlias.TryGetValue(compositions[index], out var composition) || !composition.Definition.IsComposition)
            {
                throw new DocumentTypeDefinitionException(path, $"compositions[{index}]", $"'{compositions[index]}' is not a defined composition");
            }

            properties.AddRange(ToPropertyTypes(composition.Definition));
        }

        properties.AddRange(ToPropertyTypes(definition));
        var duplicate = properties.GroupBy(p => p.Alias, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DocumentTypeDefinitionException(path, "properties", $"the property alias '{duplicate.Key}' is defined both here and in a composition");
        }

        var children = definition.AllowedChildren ?? [];
        for (var index = 0; index < children.Count; index++)
        {
            if (!byAlias.TryGetValue(children[index], out var child) || child.Definition.IsComposition)
            {
                throw new DocumentTypeDefinitionException(path, $"allowedChildren[{index}]", $"'{children[index]}' is not a defined document type");
            }
        }

        ValidateAllowedTypes(path, definition, byAlias);
        return new DocumentType(
            definition.Alias!, definition.Name!, definition.Icon ?? "icon-document", definition.AllowedAtRoot,
            definition.IsComposition, definition.VariesByCulture, children, compositions, properties, path);
    }

    private static void ValidateAllowedTypes(
        string path,
        DocumentTypeDefinition definition,
        Dictionary<string, (string Path, DocumentTypeDefinition Definition)> byAlias)
    {
        var properties = definition.Properties ?? [];
        for (var index = 0; index < properties.Count; index++)
        {
            var allowed = properties[index].AllowedTypes ?? [];
            var unknown = allowed.FirstOrDefault(a => !byAlias.ContainsKey(a));
            if (unknown is not null)
            {
                throw new DocumentTypeDefinitionException(path, $"properties[{index}].allowedTypes", $"'{unknown}' is not a defined document type");
            }
        }
    }

    private static IEnumerable<PropertyType> ToPropertyTypes(DocumentTypeDefinition definition) =>
        (definition.Properties ?? []).Select(p => new PropertyType(
            p.Alias!, p.Name!, p.Editor!, p.Mandatory, p.ValidationPattern, p.ValidationMessage,
            p.VariesByCulture ?? definition.VariesByCulture, p.Group, p.AllowedTypes ?? []));

    private static void RequireAlias(string path, string field, string? alias)
    {
        if (alias is null || !AliasPattern().IsMatch(alias))
        {
            throw new DocumentTypeDefinitionException(path, field, $"'{alias}' is not a valid alias (camelCase letters and digits, starting with a letter)");
        }
    }

    [GeneratedRegex("^[a-z][A-Za-z0-9]{0,63}$")]
    private static partial Regex AliasPattern();
}
