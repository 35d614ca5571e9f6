using Sozialinfo.Knowledge.Persistence.Tests.Databases;

namespace Sozialinfo.Knowledge.Persistence.Tests.Sqlite;

public sealed class SqliteMigrationTests(SqliteTestDatabase database)
    : ContentStoreMigrationTests(database), IClassFixture<SqliteTestDatabase>;
