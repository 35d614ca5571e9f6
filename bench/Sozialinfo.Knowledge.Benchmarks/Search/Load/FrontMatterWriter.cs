using System.Globalization;
using System.Text;

namespace Sozialinfo.Knowledge.Benchmarks.Search.Load;

/// <summary>
/// Writes one seed file in the content-seed format (YAML front matter, then the Markdown body). Every text value is
/// a double-quoted YAML scalar, so quotes, colons and line breaks in generated text cannot break the front matter.
/// </summary>
internal sealed class FrontMatterWriter
{
    private readonly StringBuilder _text = new("---\n");

    public FrontMatterWriter Field(string name, string value) => Line($"{name}: {Quote(value)}");

    public FrontMatterWriter Field(string name, Guid value) => Line($"{name}: {value:D}");

    public FrontMatterWriter Field(string name, int value) => Line(string.Create(CultureInfo.InvariantCulture, $"{name}: {value}"));

    public FrontMatterWriter Field(string name, bool value) => Line($"{name}: {(value ? "true" : "false")}");

    public FrontMatterWriter Field(string name, DateTimeOffset value) =>
        Line($"{name}: {value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}");

    public FrontMatterWriter List(string name, IEnumerable<string> values) => Line($"{name}: [{string.Join(", ", values.Select(Quote))}]");

    public FrontMatterWriter Properties(params (string Alias, string Value)[] properties)
    {
        Line("properties:");
        foreach (var (alias, value) in properties)
        {
            Line($"  {alias}: {Quote(value)}");
        }

        return this;
    }

    public string WithBody(string markdown) => _text.Append("---\n").Append(markdown.ReplaceLineEndings("\n").Trim()).Append('\n').ToString();

    private FrontMatterWriter Line(string line)
    {
        _text.Append(line).Append('\n');
        return this;
    }

    private static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\r' => quoted.Append("\\r"),
                '\t' => quoted.Append("\\t"),
                _ when char.IsControl(c) => quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
