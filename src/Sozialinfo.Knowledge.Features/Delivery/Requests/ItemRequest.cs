using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Sozialinfo.Knowledge.Features.Delivery.Output;

namespace Sozialinfo.Knowledge.Features.Delivery.Requests;

/// <summary>The headers plus the output parameters every content endpoint takes.</summary>
internal class ItemRequest : DeliveryHeaders
{
    [FromQuery(Name = "expand")]
    public string? Expand { get; set; }

    [FromQuery(Name = "fields")]
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
