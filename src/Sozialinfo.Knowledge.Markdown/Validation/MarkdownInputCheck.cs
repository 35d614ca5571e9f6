namespace Sozialinfo.Knowledge.Markdown.Validation;

/// <summary>
/// The checks that need no parse: total length and line length, one vectorised pass over the text. They bound the
/// time of everything after them (Markdig's cost grows with the text and, for links, with the square of a line).
/// </summary>
internal static class MarkdownInputCheck
{
    public static MarkdownProblem? Check(string markdown, MarkdownLimits limits)
    {
        if (markdown.Length > limits.MaxLength)
        {
            return MarkdownProblems.TooLong(markdown.Length, limits);
        }

        var rest = markdown.AsSpan();
        for (var line = 1; ; line++)
        {
            var end = rest.IndexOfAny('\n', '\r');
            var length = end < 0 ? rest.Length : end;
            if (length > limits.MaxLineLength)
            {
                return MarkdownProblems.LineTooLong(line, length, limits);
            }

            if (end < 0)
            {
                return null;
            }

            // "\r\n" is one line break, as in Markdig.
            var breakLength = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1;
            rest = rest[(end + breakLength)..];
        }
    }
}
