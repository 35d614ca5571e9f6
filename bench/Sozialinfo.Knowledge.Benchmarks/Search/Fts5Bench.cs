using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Benchmarks.Search;

/// <summary>
/// The same corpus in SQLite FTS5 (file database, unicode61 tokenizer without diacritics, bm25 ranking with the
/// title and lead weighted like the Lucene boosts, snippet()). FTS5 has no stemming and no compound splitting, so it
/// matches fewer documents for the same words; the run prints both totals.
/// </summary>
internal sealed partial class Fts5Bench : IDisposable
{
    private const string TopWithSnippet = """
        SELECT key, title, snippet(docs, 3, '<mark>', '</mark>', ' … ', 24) FROM docs
        WHERE docs MATCH $q ORDER BY bm25(docs, 0.0, 5.0, 2.0, 1.0) LIMIT 10
        """;

    private const string TopOnly = "SELECT key, title FROM docs WHERE docs MATCH $q ORDER BY bm25(docs, 0.0, 5.0, 2.0, 1.0) LIMIT 10";

    private const string Count = "SELECT count(*) FROM docs WHERE docs MATCH $q";

    private readonly string _file;
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _topWithSnippet;
    private readonly SqliteCommand _topOnly;
    private readonly SqliteCommand _count;

    public Fts5Bench()
    {
        _file = Path.Combine(Path.GetTempPath(), $"knowledge-fts5-bench-{Guid.NewGuid():N}.db");
        _connection = new SqliteConnection($"Data Source={_file};Pooling=False");
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL");
        Execute("CREATE VIRTUAL TABLE docs USING fts5(key UNINDEXED, title, lead, body, tokenize='unicode61 remove_diacritics 2')");
        _topWithSnippet = Prepare(TopWithSnippet);
        _topOnly = Prepare(TopOnly);
        _count = Prepare(Count);
    }

    public long SizeOnDisk => new FileInfo(_file).Length + (File.Exists(_file + "-wal") ? new FileInfo(_file + "-wal").Length : 0);

    /// <summary>Inserts every item in one transaction, then merges the FTS5 b-trees ('optimize'), like a rebuild.</summary>
    public TimeSpan Build(ContentSnapshot snapshot)
    {
        var start = Stopwatch.GetTimestamp();
        using (var transaction = _connection.BeginTransaction())
        {
            using var insert = _connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO docs(key, title, lead, body) VALUES ($key, $title, $lead, $body)";
            var key = insert.Parameters.Add("$key", SqliteType.Text);
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var lead = insert.Parameters.Add("$lead", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            insert.Prepare();
            foreach (var item in snapshot.All)
            {
                var culture = item.GetCulture(CorpusContent.Culture)!;
                key.Value = item.Key.ToString("D");
                title.Value = culture.Name;
                lead.Value = culture.Text("lead") ?? string.Empty;
                body.Value = PlainText(culture.Value<RenderedMarkdown>("body")?.Html);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        Execute("INSERT INTO docs(docs) VALUES('optimize')");
        Execute("PRAGMA wal_checkpoint(TRUNCATE)");
        return Stopwatch.GetElapsedTime(start);
    }

    /// <summary>Top 10 by bm25 with a snippet, plus the total count (what the Lucene search returns, minus facets).</summary>
    public long SearchWithSnippetAndCount(string text)
    {
        var match = MatchExpression(text);
        _ = ReadAll(_topWithSnippet, match);
        _count.Parameters[0].Value = match;
        return (long)_count.ExecuteScalar()!;
    }

    /// <summary>Top 10 by bm25 only.</summary>
    public int SearchTopOnly(string text) => ReadAll(_topOnly, MatchExpression(text));

    public void Dispose()
    {
        _topWithSnippet.Dispose();
        _topOnly.Dispose();
        _count.Dispose();
        _connection.Dispose();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    /// <summary>Each word quoted (no FTS5 syntax from user text), words OR-ed like the Lucene query's SHOULD clauses.</summary>
    private static string MatchExpression(string text) =>
        string.Join(" OR ", text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => $"\"{word.Replace("\"", "\"\"", StringComparison.Ordinal)}\""));

    private static int ReadAll(SqliteCommand command, string match)
    {
        command.Parameters[0].Value = match;
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            for (var column = 0; column < reader.FieldCount; column++)
            {
                _ = reader.GetString(column);
            }

            rows++;
        }

        return rows;
    }

    private static string PlainText(string? html) =>
        string.IsNullOrEmpty(html) ? string.Empty : WebUtility.HtmlDecode(Tags().Replace(html, " "));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$q", SqliteType.Text);
        return command;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
