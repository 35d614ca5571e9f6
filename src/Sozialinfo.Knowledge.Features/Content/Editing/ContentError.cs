namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>A validation failure: the field (see <see cref="ContentFields"/>) and a German message for editors.</summary>
internal sealed record ContentError(string Field, string Message);
