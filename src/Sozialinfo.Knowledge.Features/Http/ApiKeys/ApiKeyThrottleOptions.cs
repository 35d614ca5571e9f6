namespace Sozialinfo.Knowledge.Features.Http.ApiKeys;

/// <summary>
/// How wrong keys are slowed down, bound from "Security:ApiKeyThrottle": after <see cref="MaxFailures"/> wrong or missing
/// keys from one client within <see cref="Window"/>, its further wrong keys get 429 until the oldest has left the
/// window. The right key is always accepted.
/// </summary>
public sealed class ApiKeyThrottleOptions
{
    public const string SectionName = "Security:ApiKeyThrottle";

    /// <summary>False turns the throttle off: every wrong key gets 401.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Wrong keys a client may send within <see cref="Window"/> before the next ones get 429.</summary>
    public int MaxFailures { get; set; } = 5;

    /// <summary>How long a wrong key counts against its client.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Clients remembered at once; beyond it (a flood from many addresses) new clients share one counter, so memory stays
    /// bounded and the flood is throttled as one.
    /// </summary>
    public int MaxClients { get; set; } = 10_000;
}
