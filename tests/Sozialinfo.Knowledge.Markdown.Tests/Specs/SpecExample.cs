namespace Sozialinfo.Knowledge.Markdown.Tests.Specs;

/// <summary>One example block of a spec file: Markdown in, the expected sanitised HTML out.</summary>
internal sealed record SpecExample(string File, int Number, int Line, string Section, string Markdown, string Html);
