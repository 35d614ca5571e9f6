using Sozialinfo.Knowledge.Persistence.Tests.Databases;

namespace Sozialinfo.Knowledge.Persistence.Tests.PostgreSql;

public sealed class PostgreSqlRoundTripTests(PostgreSqlTestDatabase database)
    : ContentStoreRoundTripTests(database), IClassFixture<PostgreSqlTestDatabase>;
