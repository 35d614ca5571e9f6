using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Sozialinfo.Knowledge.Features.Delivery.Output;

namespace Sozialinfo.Knowledge.Features.Delivery.Requests;

/// <summary>The headers plus the output parameters every content endpoint takes.</summary>
internal class ItemRequest : DeliveryHeaders
{
    [FromQuery(Name = "expand")]
    [Description("Picker properties to output in full: properties[$all], properties[a,b], or nested properties[a[properties[x]]]. Picked items are shallow (\"properties\": {}) otherwise.")]
    public string? Expand { get; set; }

    [FromQuery(Name = "fields")]
    [Description("Properties to output, same syntax as expand: properties[$all], properties[a,b], properties[a[properties[x]]]. All properties when omitted.")]
    public string? Fields { get; set; }

    /// <summary>The parsed shape, or null with the errors added (for a 400 validation problem).</summary>
    public OutputShape? ParseShape(Dictionary<string, string[]> errors) => OutputShape.TryParse(Expand, Fields, errors);

    /// <summary>The parsed shape, or a 400 validation problem; allocates nothing for the default shape.</summary>
    public bool TryGetShape(out OutputShape shape, out IResult problem)
    {
        problem = null!;
        if (string.IsNullOrEmpty(Expand) && string.IsNullOrEmpty(Fields))
        {
            shape = OutputShape.Default;
            return true;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        shape = ParseShape(errors)!;
        if (errors.Count == 0)
        {
            return true;
        }

        problem = TypedResults.ValidationProblem(errors);
        return false;
    }
}
