namespace Sozialinfo.Knowledge.Web.Tests.Content;

/// <summary>The Markdown bodies of issue 8 that took the site down: each threw or hung in Markdig before the limits.</summary>
internal static class UnrenderableMarkdown
{
    /// <summary>Name, text and the start of the German reason the editor API answers.</summary>
    public static IReadOnlyList<(string Name, string Text, string Reason)> All { get; } =
    [
        ("quotes128", string.Concat(Enumerable.Repeat("> ", 128)) + "x", "Der Text ist zu tief verschachtelt"),
        ("brackets50000", new string('[', 50_000), "Zeile 1 ist zu lang"),
        ("emphasis50000", string.Concat(Enumerable.Repeat("*a", 50_000)), "Der Text ist zu lang"),
        ("list2000", string.Concat(Enumerable.Repeat("- ", 2_000)) + "x", "Der Text ist zu tief verschachtelt"),
        ("indentedList2000", string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i * 2) + "- Punkt\n")), "Der Text ist zu lang"),
        ("body20MB", new string('a', 20_000_000), "Der Text ist zu lang"),
    ];

    public static TheoryData<string> Names { get; } = [.. All.Select(i => i.Name)];

    public static (string Name, string Text, string Reason) Get(string name) => All.Single(i => i.Name == name);
}
