using Sozialinfo.Knowledge.Core.Search.Listing;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Filters;

/// <summary>
/// <c>name:term</c> / <c>name:!term</c>: the name in the request culture contains the term's words, whole and in
/// order, ignoring case and diacritics ("name:mueller" and "name:muller" both find "Müller"). As in Umbraco, the
/// value is one term: commas are not separators here, since names contain them.
/// </summary>
internal sealed class NameFilter : IFilterHandler
{
    private const string Specifier = "name:";

    public bool CanHandle(string query) => query.StartsWith(Specifier, StringComparison.OrdinalIgnoreCase);

    public QueryOptionResult<ContentIndexFilter> BuildFilterOption(string filter, ContentQueryContext context)
    {
        var value = filter[Specifier.Length..];
        var negate = value.StartsWith('!');
        var phrase = negate ? value[1..] : value;
        return phrase.Any(char.IsLetterOrDigit)
            ? new ContentIndexPhraseFilter(ContentIndexField.Name, phrase, negate)
            : ContentQueryErrors.InvalidFilterValue("The 'name' filter needs a word to look for, e.g. name:datenschutz.");
    }
}
