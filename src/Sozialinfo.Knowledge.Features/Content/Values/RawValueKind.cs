namespace Sozialinfo.Knowledge.Features.Content.Values;

/// <summary>The shape of a property value as an editor or a seed file wrote it.</summary>
internal enum RawValueKind
{
    Null,
    Scalar,
    List,
    Unsupported,
}
