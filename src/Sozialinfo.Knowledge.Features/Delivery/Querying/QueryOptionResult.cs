namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>What a handler built from its token: the option, or the error the query answers with.</summary>
/// <remarks>
/// Handlers return either directly: <c>return new Option(...);</c> or
/// <c>return ContentQueryErrors.InvalidFilterValue(...);</c>.
/// </remarks>
internal readonly struct QueryOptionResult<TOption>
    where TOption : class
{
    private QueryOptionResult(TOption? option, ContentQueryError? error)
    {
        Option = option;
        Error = error;
    }

    public TOption? Option { get; }

    public ContentQueryError? Error { get; }

    public static implicit operator QueryOptionResult<TOption>(TOption option) => new(option, null);

    public static implicit operator QueryOptionResult<TOption>(ContentQueryError error) => new(null, error);
}
