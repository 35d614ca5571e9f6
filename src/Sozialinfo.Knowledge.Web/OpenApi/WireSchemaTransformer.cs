using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Sozialinfo.Knowledge.Web.OpenApi;

/// <summary>
/// Schemas as the wire is. Numbers are numbers: the host's web JSON defaults also read numbers from strings, so the
/// generator would write <c>["integer", "string"]</c> with a pattern, where Umbraco (strict number handling) writes
/// <c>integer</c>. Dates are strings: our UTC converter hides from the generator that it writes a date-time string.
/// </summary>
internal sealed class WireSchemaTransformer : IOpenApiSchemaTransformer
{
    private const JsonSchemaType Numeric = JsonSchemaType.Integer | JsonSchemaType.Number;

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && (type & Numeric) != 0 && type.HasFlag(JsonSchemaType.String))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        if (context.JsonTypeInfo.Type == typeof(DateTimeOffset))
        {
            schema.Type = JsonSchemaType.String;
            schema.Format = "date-time";
        }

        return Task.CompletedTask;
    }
}
