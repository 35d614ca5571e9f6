using Sozialinfo.Knowledge.Persistence.Tests.Databases;

namespace Sozialinfo.Knowledge.Persistence.Tests.PostgreSql;

public sealed class PostgreSqlConstraintTests(PostgreSqlTestDatabase database)
    : ContentStoreConstraintTests(database), IClassFixture<PostgreSqlTestDatabase>;
