using Sozialinfo.Knowledge.Persistence.Tests.Databases;

namespace Sozialinfo.Knowledge.Persistence.Tests.PostgreSql;

public sealed class PostgreSqlMigrationTests(PostgreSqlTestDatabase database)
    : ContentStoreMigrationTests(database), IClassFixture<PostgreSqlTestDatabase>;
