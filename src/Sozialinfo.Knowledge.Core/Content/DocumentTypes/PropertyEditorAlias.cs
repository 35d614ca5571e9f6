namespace Sozialinfo.Knowledge.Core.Content.DocumentTypes;

/// <summary>Umbraco's property-editor aliases that the content model supports.</summary>
public static class PropertyEditorAlias
{
    public const string TextBox = "Umbraco.TextBox";
    public const string TextArea = "Umbraco.TextArea";
    public const string MarkdownEditor = "Umbraco.MarkdownEditor";
    public const string Tags = "Umbraco.Tags";
    public const string DateTime = "Umbraco.DateTime";
    public const string Integer = "Umbraco.Integer";
    public const string Decimal = "Umbraco.Decimal";
    public const string TrueFalse = "Umbraco.TrueFalse";
    public const string ContentPicker = "Umbraco.ContentPicker";
    public const string MultiNodeTreePicker = "Umbraco.MultiNodeTreePicker";

    public static IReadOnlyList<string> All { get; } =
        [TextBox, TextArea, MarkdownEditor, Tags, DateTime, Integer, Decimal, TrueFalse, ContentPicker, MultiNodeTreePicker];

    public static bool IsKnown(string alias) => All.Contains(alias, StringComparer.Ordinal);
}
