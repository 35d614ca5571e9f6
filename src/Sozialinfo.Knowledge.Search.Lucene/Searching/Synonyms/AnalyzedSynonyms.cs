using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using Sozialinfo.Knowledge.Core.Search.Synonyms;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching.Synonyms;

/// <summary>
/// A <see cref="SynonymTable"/> after the index analyzer, kept per table instance (one per published snapshot and
/// culture, so analysing the terms happens once per publish, not per query): every term as a <see cref="SynonymForm"/>,
/// looked up by its first stem. Matching works on stems, so "kunstliche intelligenz", "Künstliche Intelligenz" and
/// "künstlichen Intelligenz" all meet the term "künstliche Intelligenz".
/// </summary>
internal sealed class AnalyzedSynonyms
{
    private static readonly ConditionalWeakTable<SynonymTable, AnalyzedSynonyms> Analyzed = new();

    /// <summary>Per first stem: the forms starting with it, longest first, with their group.</summary>
    private readonly Dictionary<string, List<(SynonymForm Form, int Group)>> _byFirstTerm = new(StringComparer.Ordinal);
    private readonly List<SynonymForm[]> _groups = [];

    private AnalyzedSynonyms(Analyzer analyzer, SynonymTable table)
    {
        foreach (var group in table.Groups)
        {
            var forms = group.Select(term => Analyze(analyzer, term)).OfType<SynonymForm>().DistinctBy(f => f.Key, StringComparer.Ordinal).ToArray();
            if (forms.Length < 2)
            {
                continue;
            }

            foreach (var form in forms)
            {
                var entries = _byFirstTerm.TryGetValue(form.Terms[0], out var list) ? list : _byFirstTerm[form.Terms[0]] = [];
                entries.Add((form, _groups.Count));
            }

            _groups.Add(forms);
        }

        foreach (var entries in _byFirstTerm.Values)
        {
            entries.Sort((a, b) => b.Form.Terms.Length.CompareTo(a.Form.Terms.Length));
        }
    }

    public static AnalyzedSynonyms For(Analyzer analyzer, SynonymTable table) =>
        Analyzed.TryGetValue(table, out var known) ? known : Analyzed.GetValue(table, t => new AnalyzedSynonyms(analyzer, t));

    public bool IsEmpty => _groups.Count == 0;

    /// <summary>
    /// The alternatives per query word. <paramref name="words"/> are the analysed words in query order; the joined
    /// form of a hyphenated word ("OnlineBeratung" beside "Online" and "Beratung") is matched on its own, the others
    /// as one sequence, longest term first from left to right, so "künstliche Intelligenz" is one match of two words.
    /// Null when no word meets a group: the query is then built exactly as without a table.
    /// </summary>
    public List<SynonymAlternative>[]? Match(IReadOnlyList<(IReadOnlyList<AnalyzedToken> Tokens, bool Joined)> words)
    {
        var alternatives = new List<SynonymAlternative>[words.Count];
        var sequence = new List<(string Term, int Word)>();
        for (var word = 0; word < words.Count; word++)
        {
            alternatives[word] = [];
            var stems = words[word].Tokens.Where(t => !t.IsPart).Select(t => (t.Term, word));
            if (words[word].Joined)
            {
                MatchSequence([.. stems], alternatives);
            }
            else
            {
                sequence.AddRange(stems);
            }
        }

        MatchSequence(sequence, alternatives);
        return Array.Exists(alternatives, a => a.Count > 0) ? alternatives : null;
    }

    private void MatchSequence(List<(string Term, int Word)> sequence, List<SynonymAlternative>[] alternatives)
    {
        var start = 0;
        while (start < sequence.Count)
        {
            var length = 1;
            if (_byFirstTerm.TryGetValue(sequence[start].Term, out var entries)
                && entries.FirstOrDefault(e => Matches(e.Form, sequence, start)) is { Form: { } matched } entry)
            {
                length = matched.Terms.Length;
                var covered = sequence.GetRange(start, length).Select(s => s.Word).Distinct().ToList();
                var weight = FieldWeights.Synonym / covered.Count;
                foreach (var other in _groups[entry.Group].Where(f => !ReferenceEquals(f, matched)))
                {
                    covered.ForEach(word => alternatives[word].Add(new SynonymAlternative(other, weight)));
                }
            }

            start += length;
        }
    }

    private static bool Matches(SynonymForm form, List<(string Term, int Word)> sequence, int start)
    {
        if (form.Terms.Length > sequence.Count - start)
        {
            return false;
        }

        for (var index = 0; index < form.Terms.Length; index++)
        {
            if (!string.Equals(form.Terms[index], sequence[start + index].Term, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static SynonymForm? Analyze(Analyzer analyzer, string term)
    {
        var tokens = QueryAnalysis.Analyze(analyzer, ContentIndexFields.Body, term).Where(t => !t.IsPart).ToList();
        return tokens.Count == 0 ? null : new SynonymForm([.. tokens.Select(t => t.Term)], [.. tokens.Select(t => t.Position)]);
    }
}
