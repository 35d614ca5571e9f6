namespace Sozialinfo.Knowledge.Features.Content.Values;

/// <summary>
/// A property value before conversion: a scalar text, a list of scalar texts or nothing, with the source line
/// (1-based; 0 when the value did not come from a file). YAML and JSON input both end up in this form.
/// </summary>
internal sealed record RawValue(RawValueKind Kind, string Text, IReadOnlyList<string> Items, int Line)
{
    public static RawValue Null(int line = 0) => new(RawValueKind.Null, string.Empty, [], line);

    public static RawValue Scalar(string text, int line = 0) => new(RawValueKind.Scalar, text, [], line);

    public static RawValue List(IReadOnlyList<string> items, int line = 0) => new(RawValueKind.List, string.Empty, items, line);

    /// <summary>A nested object or a list of non-scalars: no editor accepts it.</summary>
    public static RawValue Unsupported(int line = 0) => new(RawValueKind.Unsupported, string.Empty, [], line);
}
