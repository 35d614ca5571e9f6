namespace Sozialinfo.Knowledge.Persistence.Tests;

public sealed class PersistenceOptionsValidatorTests
{
    private readonly PersistenceOptionsValidator _validator = new();

    [Theory]
    [InlineData("Sqlite", KnowledgeDatabaseProvider.Sqlite)]
    [InlineData("sqlite", KnowledgeDatabaseProvider.Sqlite)]
    [InlineData("POSTGRESQL", KnowledgeDatabaseProvider.PostgreSql)]
    [InlineData(" PostgreSql ", KnowledgeDatabaseProvider.PostgreSql)]
    public void ParsedProvider_KnownNameInAnyCase_IsRecognised(string provider, KnowledgeDatabaseProvider expected) =>
        Assert.Equal(expected, new PersistenceOptions { Provider = provider }.ParsedProvider);

    [Theory]
    [InlineData("SqlServer")]
    [InlineData("1")]
    [InlineData("Sqlite,PostgreSql")]
    [InlineData("")]
    public void Validate_UnknownProvider_FailsNamingTheSetting(string provider)
    {
        var result = _validator.Validate(null, new PersistenceOptions { Provider = provider, ConnectionString = "x" });

        Assert.True(result.Failed);
        Assert.Contains("Persistence:Provider", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("'Sqlite'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PostgreSqlWithoutConnectionString_FailsNamingTheConnectionString()
    {
        var result = _validator.Validate(null, new PersistenceOptions { Provider = "PostgreSql", ConnectionString = " " });

        Assert.True(result.Failed);
        Assert.Contains("ConnectionStrings:Knowledge", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PostgreSqlWithConnectionString_Succeeds() =>
        Assert.True(_validator.Validate(null, new PersistenceOptions { Provider = "PostgreSql", ConnectionString = "Host=db" }).Succeeded);

    [Fact]
    public void Validate_SqliteWithoutConnectionString_SucceedsWithTheDataFolder() =>
        Assert.True(_validator.Validate(null, new PersistenceOptions()).Succeeded);

    [Fact]
    public void Validate_SqliteWithoutConnectionStringOrDataFolder_Fails() =>
        Assert.True(_validator.Validate(null, new PersistenceOptions { DataFolder = "" }).Failed);
}
