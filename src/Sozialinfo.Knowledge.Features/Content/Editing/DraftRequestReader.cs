using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Sozialinfo.Knowledge.Features.Content.Values;
using Sozialinfo.Knowledge.Features.Http;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>
/// Reads the JSON body of PUT /api/content/{key} field by field, so that everything a client can get wrong is named
/// in its own terms: "body" for the request as a whole (not JSON, not UTF-8, not an object, too large), otherwise the field
/// ("culture", "sortOrder", "properties.lead", ...). Field names match case-insensitively, as ASP.NET Core binds
/// them; a field given twice is refused rather than silently overwritten, and unknown fields are ignored.
/// </summary>
internal static class DraftRequestReader
{
    private const string Body = "body";
    private const string Culture = "culture";
    private const string ContentType = "contentType";
    private const string ParentKey = "parentKey";
    private const string Name = "name";
    private const string Segment = "segment";
    private const string SortOrder = "sortOrder";
    private const string Properties = "properties";

    private static readonly string[] Fields = [Culture, ContentType, ParentKey, Name, Segment, SortOrder, Properties];

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32 };

    public static async Task<DraftRequestResult> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (!IsJson(http))
        {
            return new(null, [new(Body, "Der Inhalt muss JSON in UTF-8 sein (Content-Type: application/json).")], StatusCodes.Status415UnsupportedMediaType);
        }

        using var buffer = new MemoryStream();
        try
        {
            await http.Body.CopyToAsync(buffer, cancellationToken);
        }
        catch (BadHttpRequestException exception)
        {
            // Over the server's request size limit (413), or a body that ended early.
            return new(null, [new(Body, exception.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "Der Inhalt ist zu gross für den Server."
                : "Der Inhalt der Anfrage ist unvollständig.")], exception.StatusCode);
        }

        var errors = new List<ContentError>();
        var request = Read(buffer, errors);
        return new(request, errors, StatusCodes.Status400BadRequest);
    }

    /// <summary>JSON (application/json or a +json type) in UTF-8, the only body the editor API reads.</summary>
    public static bool IsJson(HttpRequest request) =>
        request.HasJsonContentType()
        && (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || type.Charset.Length == 0
            || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || type.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));

    private static DraftRequest? Read(MemoryStream buffer, List<ContentError> errors)
    {
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (bytes.Span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (!Utf8.IsValid(bytes.Span))
        {
            errors.Add(new(Body, "Der Inhalt ist kein gültiges UTF-8; erwartet wird ein JSON-Objekt in UTF-8."));
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line ? $" (Zeile {line + 1}, Byte {exception.BytePositionInLine + 1})" : string.Empty;
            errors.Add(new(Body, bytes.Length == 0
                ? "Der Inhalt der Anfrage fehlt; erwartet wird ein JSON-Objekt."
                : $"Ungültiges JSON{where}; erwartet wird ein JSON-Objekt."));
            return null;
        }

        using (document)
        {
            return ReadObject(document.RootElement, errors);
        }
    }

    private static DraftRequest? ReadObject(JsonElement root, List<ContentError> errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(Body, root.ValueKind == JsonValueKind.Null
                ? "Der Inhalt der Anfrage fehlt; erwartet wird ein JSON-Objekt."
                : $"Erwartet wird ein JSON-Objekt mit den Feldern {string.Join(", ", Fields)}, nicht {JsonKinds.Describe(root)}."));
            return null;
        }

        var before = errors.Count;
        var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.EnumerateObject())
        {
            if (!JsonKinds.TryGetName(property, out var name) || Array.Find(Fields, f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase)) is not { } field)
            {
                continue;
            }

            if (!fields.TryAdd(field, property.Value))
            {
                errors.Add(new(field, $"«{field}» ist mehrfach angegeben."));
            }
        }

        var request = new DraftRequest(
            Text(fields, Culture, errors),
            Text(fields, ContentType, errors),
            Key(fields, errors),
            Text(fields, Name, errors),
            Text(fields, Segment, errors),
            Integer(fields, errors),
            PropertyValues(fields, errors));
        return errors.Count > before ? null : request;
    }

    private static string? Text(Dictionary<string, JsonElement> fields, string field, List<ContentError> errors)
    {
        if (!fields.TryGetValue(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new(field, $"«{field}» muss ein Text sein, nicht {JsonKinds.Describe(value)}."));
            return null;
        }

        if (!JsonKinds.TryGetString(value, out var text))
        {
            errors.Add(new(field, $"«{field}» enthält ungültige Unicode-Zeichen (ein einzelnes Surrogat)."));
        }

        return text;
    }

    private static Guid? Key(Dictionary<string, JsonElement> fields, List<ContentError> errors)
    {
        var text = Text(fields, ParentKey, errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!Guid.TryParse(text, out var key))
        {
            errors.Add(new(ParentKey, $"«{InputEcho.Quote(text)}» ist kein gültiger Schlüssel (GUID)."));
            return null;
        }

        return key;
    }

    private static int? Integer(Dictionary<string, JsonElement> fields, List<ContentError> errors)
    {
        if (!fields.TryGetValue(SortOrder, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        // A number in quotes is accepted, as the Web defaults of System.Text.Json read it.
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            || value.ValueKind == JsonValueKind.String && JsonKinds.TryGetString(value, out var text)
                && int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        errors.Add(new(SortOrder, $"«{SortOrder}» muss eine ganze Zahl von {int.MinValue} bis {int.MaxValue} sein, nicht {JsonKinds.Describe(value)}."));
        return null;
    }

    private static Dictionary<string, RawValue> PropertyValues(Dictionary<string, JsonElement> fields, List<ContentError> errors)
    {
        var values = new Dictionary<string, RawValue>(StringComparer.Ordinal);
        if (!fields.TryGetValue(Properties, out var properties) || properties.ValueKind == JsonValueKind.Null)
        {
            return values;
        }

        if (properties.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(Properties, $"«{Properties}» muss ein Objekt sein (Alias der Eigenschaft → Wert), nicht {JsonKinds.Describe(properties)}."));
            return values;
        }

        foreach (var property in properties.EnumerateObject())
        {
            if (!JsonKinds.TryGetName(property, out var alias))
            {
                errors.Add(new(Properties, "Ein Alias enthält ungültige Unicode-Zeichen (ein einzelnes Surrogat)."));
                continue;
            }

            if (values.ContainsKey(alias))
            {
                errors.Add(new(ContentFields.Property(alias), $"«{InputEcho.Quote(alias)}» ist mehrfach angegeben."));
                continue;
            }

            if (JsonRawValue.TryFrom(property.Value, out var raw))
            {
                values[alias] = raw;
            }
            else
            {
                errors.Add(new(ContentFields.Property(alias), "Der Wert enthält ungültige Unicode-Zeichen (ein einzelnes Surrogat)."));
            }
        }

        return values;
    }
}
