using System.Globalization;

namespace Sozialinfo.Knowledge.Markdown.Validation;

/// <summary>The German messages of <see cref="MarkdownProblem"/>, with Swiss thousands separators ("50’000").</summary>
internal static class MarkdownProblems
{
    private static readonly NumberFormatInfo SwissNumbers = new() { NumberGroupSeparator = "\u2019", NumberGroupSizes = [3] };

    public static MarkdownProblem TooLong(int length, MarkdownLimits limits) => new(
        MarkdownProblemKind.TooLong,
        $"Der Text ist zu lang: {Number(length)} Zeichen, erlaubt sind höchstens {Number(limits.MaxLength)}. "
        + "Bitte kürzen oder auf mehrere Inhalte aufteilen.");

    public static MarkdownProblem LineTooLong(int line, int length, MarkdownLimits limits) => new(
        MarkdownProblemKind.LineTooLong,
        $"Zeile {Number(line)} ist zu lang: {Number(length)} Zeichen, erlaubt sind höchstens {Number(limits.MaxLineLength)} je Zeile. "
        + "Bitte den Absatz mit Zeilenumbrüchen gliedern.",
        line);

    public static MarkdownProblem TooDeep(int line, MarkdownLimits limits) => new(
        MarkdownProblemKind.TooDeeplyNested,
        $"Der Text ist zu tief verschachtelt ({Levels(limits)}); Zeile {Number(line)} liegt tiefer.",
        line);

    /// <summary>Markdig's own limit struck while parsing or rendering; it does not say where.</summary>
    public static MarkdownProblem TooDeepForParser(MarkdownLimits limits) => new(
        MarkdownProblemKind.TooDeeplyNested,
        $"Der Text ist zu tief verschachtelt ({Levels(limits)}).");

    public static MarkdownProblem Unrenderable() => new(
        MarkdownProblemKind.Unrenderable,
        "Der Text lässt sich nicht als Markdown darstellen. Bitte die Auszeichnung prüfen (z. B. sehr viele offene Klammern oder Sterne).");

    private static string Levels(MarkdownLimits limits) =>
        $"höchstens {limits.MaxNestingDepth} Ebenen aus Zitaten, Listen, Tabellen, Hervorhebungen und Links ineinander";

    private static string Number(int value) => value.ToString("#,0", SwissNumbers);
}
