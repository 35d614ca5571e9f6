using Microsoft.Extensions.Options;

namespace Sozialinfo.Knowledge.Persistence;

/// <summary>Rejects an unknown provider, and PostgreSQL without a connection string, when the host starts.</summary>
public sealed class PersistenceOptionsValidator : IValidateOptions<PersistenceOptions>
{
    public ValidateOptionsResult Validate(string? name, PersistenceOptions options)
    {
        var failures = new List<string>();
        var provider = options.ParsedProvider;
        if (provider is null)
        {
            failures.Add(
                $"Persistence:Provider '{options.Provider}' is not supported. Use 'Sqlite' (default) or 'PostgreSql'.");
        }

        if (provider == KnowledgeDatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("ConnectionStrings:Knowledge is required when Persistence:Provider is 'PostgreSql'.");
        }

        if (provider == KnowledgeDatabaseProvider.Sqlite
            && string.IsNullOrWhiteSpace(options.ConnectionString)
            && string.IsNullOrWhiteSpace(options.DataFolder))
        {
            failures.Add("Persistence:DataFolder must name a folder when ConnectionStrings:Knowledge is empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
