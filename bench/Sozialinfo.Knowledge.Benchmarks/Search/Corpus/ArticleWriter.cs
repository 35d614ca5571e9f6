using System.Text;

namespace Sozialinfo.Knowledge.Benchmarks.Search.Corpus;

/// <summary>Writes one synthetic article after another from a single seeded random source.</summary>
internal sealed class ArticleWriter
{
    private const double FunctionWordShare = 0.30;
    private const double CompoundShare = 0.08;

    private static readonly ZipfSampler FunctionWords = new(GermanVocabulary.FunctionWords, 0.8, offset: 1);
    private static readonly ZipfSampler ContentWords = new(GermanVocabulary.ContentWords, 1.0, offset: 3);
    private static readonly ZipfSampler Compounds = new(AllCompounds(), 1.1, offset: 10);

    private readonly Random _random;
    private readonly StringBuilder _text = new(8192);

    public ArticleWriter(Random random) => _random = random;

    public SyntheticArticle Write()
    {
        var keyBytes = new byte[16];
        _random.NextBytes(keyBytes);
        var dossier = _random.Next(SyntheticCorpus.DossierCount);
        var title = Phrase(new StringBuilder(64), _random.Next(3, 7)).ToString();
        var lead = Sentence() + " " + Sentence();
        var markdown = Body(_random.Next(540, 661));
        return new SyntheticArticle(new Guid(keyBytes), dossier, title, lead, markdown, Tags());
    }

    private string Body(int targetWords)
    {
        _text.Clear();
        var words = 0;
        var section = 0;
        while (words < targetWords)
        {
            section++;
            var heading = _random.Next(2, 5);
            Phrase(_text.Append("## "), heading).Append("\n\n");
            words += heading;
            if (section is 2 or 4)
            {
                words += List(ordered: section == 4);
            }

            for (var paragraph = _random.Next(1, 3); paragraph > 0 && words < targetWords; paragraph--)
            {
                for (var sentence = _random.Next(3, 6); sentence > 0; sentence--)
                {
                    var length = _random.Next(8, 17);
                    Phrase(_text, length).Append(sentence > 1 ? ". " : ".");
                    words += length;
                }

                _text.Append("\n\n");
            }
        }

        return _text.ToString();
    }

    private int List(bool ordered)
    {
        var words = 0;
        var items = _random.Next(3, 6);
        for (var item = 1; item <= items; item++)
        {
            var length = _random.Next(4, 9);
            if (ordered)
            {
                _text.Append(item).Append(". ");
            }
            else
            {
                _text.Append("- ");
            }

            Phrase(_text, length).Append('\n');
            words += length;
        }

        _text.Append('\n');
        return words;
    }

    private string Sentence() => Phrase(new StringBuilder(128), _random.Next(8, 17)).Append('.').ToString();

    /// <summary>Appends <paramref name="words"/> words to <paramref name="target"/>, the first one capitalised.</summary>
    private StringBuilder Phrase(StringBuilder target, int words)
    {
        var start = target.Length;
        for (var index = 0; index < words; index++)
        {
            if (index > 0)
            {
                target.Append(' ');
            }

            target.Append(Word());
        }

        if (target.Length > start)
        {
            target[start] = char.ToUpperInvariant(target[start]);
        }

        return target;
    }

    private string Word()
    {
        var draw = _random.NextDouble();
        return draw < FunctionWordShare ? FunctionWords.Next(_random)
            : draw < FunctionWordShare + CompoundShare ? Compounds.Next(_random)
            : ContentWords.Next(_random);
    }

    private List<string> Tags()
    {
        var count = _random.Next(2, 6);
        var tags = new List<string>(count)
        {
            "dc-dimension:" + Pick(GermanVocabulary.Dimensions),
            "dc-stufe:" + _random.Next(1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (count > 2)
        {
            tags.Add("format:" + Pick(GermanVocabulary.Formats));
        }

        while (tags.Count < count)
        {
            var topic = "thema:" + Pick(GermanVocabulary.Topics);
            if (!tags.Contains(topic))
            {
                tags.Add(topic);
            }
        }

        return tags;
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    /// <summary>Every head-tail compound, in a fixed shuffled order so the rare ones are spread over all heads.</summary>
    private static string[] AllCompounds()
    {
        var compounds = GermanVocabulary.CompoundHeads
            .SelectMany(head => GermanVocabulary.CompoundTails.Select(tail => head + tail))
            .ToArray();
        new Random(7).Shuffle(compounds);
        return compounds;
    }
}
