namespace Sozialinfo.Knowledge.Markdown.Tests.Specs;

/// <summary>
/// Reads the example blocks of Specs/*.md in CommonMark's format, as Markdig's spec tests do: a fence of 32
/// backticks followed by "example", the Markdown, a line holding only ".", the expected HTML, the closing fence.
/// "→" stands for a tab.
/// </summary>
internal static class SpecExampleLoader
{
    private const string Fence = "````````````````````````````````";
    private const string OpenFence = Fence + " example";

    public static IReadOnlyList<SpecExample> LoadAll()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Specs");
        return [.. Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).SelectMany(Load)];
    }

    public static IEnumerable<SpecExample> Load(string path)
    {
        var file = Path.GetFileName(path);
        var lines = File.ReadAllLines(path);
        var section = string.Empty;
        var number = 0;
        for (var index = 0; index < lines.Length; index++)
        {
            if (lines[index].StartsWith('#'))
            {
                section = lines[index].TrimStart('#').Trim();
                continue;
            }

            if (lines[index] != OpenFence)
            {
                continue;
            }

            var start = index + 1;
            var dot = Array.IndexOf(lines, ".", start);
            var end = Array.IndexOf(lines, Fence, start);
            if (dot < 0 || end < 0 || dot > end)
            {
                throw new InvalidDataException($"{file}:{index + 1}: example without '.' separator or closing fence.");
            }

            number++;
            yield return new SpecExample(file, number, index + 1, section, Join(lines, start, dot), Join(lines, dot + 1, end));
            index = end;
        }
    }

    private static string Join(string[] lines, int from, int to) =>
        string.Join('\n', lines[from..to]).Replace('→', '\t');
}
