namespace Sozialinfo.Knowledge.Markdown.Text;

/// <summary>
/// Counts words in text fed in pieces: a word is a run of non-whitespace characters with at least one letter or
/// digit, so "Zitat**e**" split over two inlines is one word and a lone "–" is none.
/// </summary>
internal struct WordCounter
{
    private bool _inWord;
    private bool _counted;

    public int Count { get; private set; }

    public void Add(ReadOnlySpan<char> text)
    {
        foreach (var character in text)
        {
            if (char.IsWhiteSpace(character))
            {
                _inWord = false;
                continue;
            }

            if (!_inWord)
            {
                _inWord = true;
                _counted = false;
            }

            if (!_counted && char.IsLetterOrDigit(character))
            {
                Count++;
                _counted = true;
            }
        }
    }

    /// <summary>Ends the current word, as a block boundary or line break does.</summary>
    public void Break() => _inWord = false;
}
