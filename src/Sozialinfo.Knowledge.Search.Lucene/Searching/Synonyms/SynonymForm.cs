namespace Sozialinfo.Knowledge.Search.Lucene.Searching.Synonyms;

/// <summary>
/// One term of a synonym group after the index analyzer: its words' folded stems (compound parts left out) and their
/// positions, so "Informations- und Kommunikationstechnik" keeps the gap of the stop word as the indexed texts do.
/// </summary>
internal sealed record SynonymForm(string[] Terms, int[] Positions)
{
    /// <summary>The stems joined by spaces: two spellings with the same stems ("Online-Beratung", "Online Beratung") are one form.</summary>
    public string Key { get; } = string.Join(' ', Terms);

    public bool IsSingleTerm => Terms.Length == 1;
}
