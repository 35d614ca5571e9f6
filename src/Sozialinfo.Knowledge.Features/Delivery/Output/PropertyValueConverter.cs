using Sozialinfo.Knowledge.Core.Content.DocumentTypes;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>
/// Converts a snapshot value of a non-picker editor to the Delivery API value, as Umbraco's value converters do for
/// an unset value: Markdown "" (the contract), Tags [], Integer/Decimal 0, TrueFalse false; text and dates null.
/// Every result has a runtime type registered in the source-generated JSON context.
/// </summary>
internal static class PropertyValueConverter
{
    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly object ZeroInteger = 0L;
    private static readonly object ZeroDecimal = 0m;

    public static object? Convert(string editorAlias, object? value) => editorAlias switch
    {
        PropertyEditorAlias.TextBox or PropertyEditorAlias.TextArea => value as string,
        PropertyEditorAlias.MarkdownEditor => value switch
        {
            RenderedMarkdown markdown => markdown.Html,
            string html => html,
            _ => string.Empty,
        },
        PropertyEditorAlias.Tags => ToStringArray(value),
        PropertyEditorAlias.DateTime => value switch
        {
            DateTimeOffset date => date,
            DateTime date => new DateTimeOffset(date),
            _ => null,
        },
        PropertyEditorAlias.Integer => value switch
        {
            long number => number,
            int number => (long)number,
            decimal number => (long)number,
            _ => ZeroInteger,
        },
        PropertyEditorAlias.Decimal => value switch
        {
            decimal number => number,
            long number => (decimal)number,
            int number => (decimal)number,
            double number => (decimal)number,
            _ => ZeroDecimal,
        },
        PropertyEditorAlias.TrueFalse => value is true ? True : False,
        _ => ConvertUntyped(value),
    };

    /// <summary>For a value whose editor is unknown: keep the serialisable shapes, drop the rest.</summary>
    public static object? ConvertUntyped(object? value) => value switch
    {
        null => null,
        string or long or decimal or bool or DateTimeOffset => value,
        int number => (long)number,
        RenderedMarkdown markdown => markdown.Html,
        IEnumerable<string> => ToStringArray(value),
        _ => null,
    };

    private static string[] ToStringArray(object? value) => value switch
    {
        string[] array => array,
        IEnumerable<string> list => [.. list],
        _ => [],
    };
}
