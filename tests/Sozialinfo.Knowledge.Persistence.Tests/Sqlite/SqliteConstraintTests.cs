using Sozialinfo.Knowledge.Persistence.Tests.Databases;

namespace Sozialinfo.Knowledge.Persistence.Tests.Sqlite;

public sealed class SqliteConstraintTests(SqliteTestDatabase database)
    : ContentStoreConstraintTests(database), IClassFixture<SqliteTestDatabase>;
