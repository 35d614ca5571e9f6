namespace Sozialinfo.Knowledge.Features.Http.ApiKeys;

/// <summary>What <see cref="ApiKeyGuard"/> decided about one key.</summary>
internal enum ApiKeyVerdict
{
    /// <summary>The configured key: go ahead.</summary>
    Accepted,

    /// <summary>Wrong or missing: 401.</summary>
    Rejected,

    /// <summary>Wrong or missing, and the client has used up its allowance: 429 with Retry-After.</summary>
    Throttled,
}
