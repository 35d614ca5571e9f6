using Sozialinfo.Knowledge.Benchmarks.Search.Corpus;

namespace Sozialinfo.Knowledge.Benchmarks.Search.Load;

/// <summary>The seed files of the corpus: one per dossier and one per synthetic article, as an editor would write them.</summary>
internal static class CorpusArticleFile
{
    private static readonly DateTimeOffset FirstDate = new(2025, 1, 6, 8, 0, 0, TimeSpan.FromHours(1));

    // The article type requires an author; the generator has none, so one is picked from the key.
    private static readonly string[] Authors =
    [
        "Redaktion Fachstelle Digitalisierung", "Regula Meier", "Nadja Wyss", "Marco Bernasconi", "Lea Brunner", "Jonas Keller",
    ];

    /// <summary>The dossiers go into the first part, so that every later part finds its parents in the store.</summary>
    public static string RelativePath(CorpusDossier dossier) => Path.Combine(Part(1), "dossiers", dossier.Segment, "_index.md");

    public static string RelativePath(CorpusDossier dossier, int number, int partSize) =>
        Path.Combine(Part(((number - 1) / partSize) + 1), "dossiers", dossier.Segment, $"{Segment(number)}.md");

    public static string Dossier(CorpusDossier dossier) => new FrontMatterWriter()
        .Field("type", "dossier")
        .Field("key", dossier.Key)
        .Field("parent", CorpusDossier.DossierListKey)
        .Field("name", dossier.Name)
        .Field("segment", dossier.Segment)
        .Field("sortOrder", 100 + dossier.Number)
        .Field("culture", "de-CH")
        .Field("createDate", FirstDate)
        .Field("updateDate", FirstDate)
        .Field("published", true)
        .List("tags", ["format:dossier"])
        .Properties(("lead", dossier.Lead))
        .WithBody($"Dieses Dossier sammelt die synthetischen Beiträge zum Thema «{dossier.Name}».");

    public static string Article(SyntheticArticle article, int number, IReadOnlyList<string> tags)
    {
        var date = FirstDate.AddMinutes(number * 7);
        return new FrontMatterWriter()
            .Field("type", "article")
            .Field("key", article.Key)
            .Field("parent", CorpusDossier.ForArticle(article.Dossier).Key)
            .Field("name", article.Title)
            .Field("segment", Segment(number))
            .Field("sortOrder", number)
            .Field("culture", "de-CH")
            .Field("createDate", date)
            .Field("updateDate", date.AddHours(3))
            .Field("published", true)
            .List("tags", tags)
            .Properties(("lead", article.Lead), ("author", Authors[(int)((uint)article.Key.GetHashCode() % (uint)Authors.Length)]))
            .WithBody(article.Markdown);
    }

    private static string Segment(int number) => $"beitrag-{number:D6}";

    private static string Part(int part) => $"part-{part:D2}";
}
