namespace Sozialinfo.Knowledge.Web.Tests.Fuzz;

/// <summary>
/// Markdown bodies that stress the renderer: the inputs of issue 8 (each took the site down), relatives at and past
/// the nesting limit, and large but legal texts (tables, link reference chains, HTML blocks, footnotes) near the
/// length limit (sized to keep the fuzz test quick: every accepted one is rendered on save). Saving must answer 201/200
/// or a 400 naming the body, never a 5xx.
/// </summary>
internal static class HostileMarkdown
{
    public static IReadOnlyList<string> Bodies { get; } =
    [
        string.Concat(Enumerable.Repeat("> ", 128)) + "x",
        new string('[', 50_000),
        string.Concat(Enumerable.Repeat("*a", 50_000)),
        string.Concat(Enumerable.Repeat("- ", 2_000)) + "x",
        string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i * 2) + "- a\n")),
        new string('a', 20_000_000),
        string.Concat(Enumerable.Repeat("> ", 16)) + "x",
        string.Concat(Enumerable.Repeat("> - ", 40)) + "x",
        string.Concat(Enumerable.Repeat("**", 2_400)) + "x" + string.Concat(Enumerable.Repeat("**", 2_400)),
        string.Concat(Enumerable.Range(0, 16).Select(i => i % 2 == 0 ? $"*e{i} " : $"_e{i} ")) + "x" + string.Concat(Enumerable.Range(0, 16).Reverse().Select(i => i % 2 == 0 ? "*" : "_")),
        string.Concat(Enumerable.Repeat("*a **b ", 400)) + "\n\n" + string.Concat(Enumerable.Repeat("_", 5_000)),
        "|a|b|c|d|\n|-|-|-|-|\n" + string.Concat(Enumerable.Repeat("|x|y|z|w|\n", 1_000)),
        string.Concat(Enumerable.Repeat("|a", 4_000)) + "|\n" + string.Concat(Enumerable.Repeat("|-", 4_000)) + "|\n",
        "+---+---+\n| a | b |\n+===+===+\n" + string.Concat(Enumerable.Repeat("| x | y |\n+---+---+\n", 600)),
        string.Concat(Enumerable.Range(0, 1_500).Select(i => $"[r{i}]: /ziel/{i}\n")) + string.Concat(Enumerable.Range(0, 1_500).Select(i => $"[r{i}] ")),
        string.Concat(Enumerable.Range(0, 1_500).Select(i => $"[a{i}][a{i + 1}]\n")) + "[a1500]: /ende\n",
        string.Concat(Enumerable.Repeat("<div>\nx\n</div>\n\n", 1_500)),
        string.Concat(Enumerable.Repeat("<details><summary>a</summary>\n\n", 2_000)),
        string.Concat(Enumerable.Range(0, 1_000).Select(i => $"Text[^{i}]\n")) + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"[^{i}]: Fussnote {i}\n")),
        string.Concat(Enumerable.Repeat("# a\n", 2_500)),
        string.Concat(Enumerable.Repeat("[a](", 2_400)),
        string.Concat(Enumerable.Repeat("<https://example.ch/a> ", 2_000)),
        "a\r\n\r\n> b\rc\0d\u202e\uFEFF" + string.Concat(Enumerable.Repeat("\r\n", 10_000)),
    ];
}
