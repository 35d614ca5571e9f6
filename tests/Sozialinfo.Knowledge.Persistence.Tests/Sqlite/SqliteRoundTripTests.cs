using Sozialinfo.Knowledge.Persistence.Tests.Databases;

namespace Sozialinfo.Knowledge.Persistence.Tests.Sqlite;

public sealed class SqliteRoundTripTests(SqliteTestDatabase database)
    : ContentStoreRoundTripTests(database), IClassFixture<SqliteTestDatabase>;
