using Microsoft.EntityFrameworkCore;
using Sozialinfo.Knowledge.Persistence.Tests.Databases;

namespace Sozialinfo.Knowledge.Persistence.Tests.Sqlite;

/// <summary>The SQLite file runs in WAL mode, so readers keep reading while a writer holds its transaction.</summary>
public sealed class SqliteConnectionTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task OpenConnection_File_UsesWalNormalSyncAndBusyTimeout()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync(cancellationToken);

        Assert.Equal("wal", await PragmaAsync(db, "journal_mode", cancellationToken));
        Assert.Equal("1", await PragmaAsync(db, "synchronous", cancellationToken));
        Assert.Equal("5000", await PragmaAsync(db, "busy_timeout", cancellationToken));
        Assert.Equal("1", await PragmaAsync(db, "foreign_keys", cancellationToken));
    }

    [Fact]
    public async Task Read_WhileAnotherConnectionWrites_SeesLastCommittedState()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var committed = TestContent.Node();
        var pending = TestContent.Node();
        await using (var setup = database.CreateContext())
        {
            setup.ContentNodes.Add(committed);
            await setup.SaveChangesAsync(cancellationToken);
        }

        await using var writer = database.CreateContext();
        await using var transaction = await writer.Database.BeginTransactionAsync(cancellationToken);
        writer.ContentNodes.Add(pending);
        await writer.SaveChangesAsync(cancellationToken);

        await using var reader = database.CreateContext();
        var readStarted = TimeProvider.System.GetTimestamp();
        var keys = await reader.ContentNodes.Where(n => n.Key == committed.Key || n.Key == pending.Key)
            .Select(n => n.Key).ToListAsync(cancellationToken);

        Assert.Equal([committed.Key], keys);
        Assert.True(TimeProvider.System.GetElapsedTime(readStarted) < TimeSpan.FromSeconds(2), "The reader waited for the writer.");
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<string?> PragmaAsync(DbContext db, string name, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
