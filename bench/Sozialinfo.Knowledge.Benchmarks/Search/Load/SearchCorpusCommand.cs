using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sozialinfo.Knowledge.Benchmarks.Search.Corpus;

namespace Sozialinfo.Knowledge.Benchmarks.Search.Load;

/// <summary>
/// "search-corpus --out &lt;folder&gt; [--count 50000] [--seed 42] [--part-size 20000]": writes the synthetic corpus as
/// seed files the platform imports (content-seed format: 20 dossiers below the seed's dossier list, the articles
/// below them), in import folders part-01, part-02 ... to be imported in that order after content-seed, so the load
/// test goes through the platform's own import, validation, store and indexing. Next to them it writes the query
/// lists of the load test (queries/*.txt, picked from the corpus).
/// </summary>
internal static class SearchCorpusCommand
{
    private const int SingleTermQueries = 40;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = SearchCorpusOptions.Parse(args);
        var started = Stopwatch.GetTimestamp();
        foreach (var dossier in CorpusDossier.All)
        {
            await WriteAsync(options.Out, CorpusArticleFile.RelativePath(dossier), CorpusArticleFile.Dossier(dossier));
        }

        var taxonomy = TaxonomyTags.Load();
        var vocabulary = new QueryVocabulary();
        var number = 0;
        foreach (var article in SyntheticCorpus.Generate(options.Count, options.Seed))
        {
            number++;
            var dossier = CorpusDossier.ForArticle(article.Dossier);
            await WriteAsync(options.Out, CorpusArticleFile.RelativePath(dossier, number, options.PartSize), CorpusArticleFile.Article(article, number, taxonomy.Keep(article.Tags)));
            vocabulary.Add(article.Title, $"{article.Title} {article.Lead} {article.Markdown}");
        }

        var singles = vocabulary.Spread(SingleTermQueries);
        var words = singles.Select(entry => entry.Word).ToList();
        await WriteAsync(options.Out, Path.Combine("queries", "single-term.txt"), Lines(words));
        await WriteAsync(options.Out, Path.Combine("queries", "two-term.txt"), Lines(QueryVocabulary.Pairs(words)));
        await WriteAsync(options.Out, Path.Combine("queries", "single-term-frequencies.tsv"),
            Lines(["word\tarticles\tshare", .. singles.Select(vocabulary.Describe)]));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search-corpus: {number} articles in {CorpusDossier.All.Count} dossiers written to {options.Out} in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s; {words.Count} query words"));
        foreach (var (tag, articles) in taxonomy.Dropped)
        {
            Console.WriteLine($"search-corpus: tag «{tag}» is outside the platform's taxonomy: dropped from {articles} articles");
        }

        return 0;
    }

    private static string Lines(IEnumerable<string> lines) => string.Concat(lines.Select(line => line + "\n"));

    private static async Task WriteAsync(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text, Utf8);
    }
}
