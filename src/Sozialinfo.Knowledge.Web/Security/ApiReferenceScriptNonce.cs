using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace Sozialinfo.Knowledge.Web.Security;

/// <summary>
/// Makes the API reference page work under a Content Security Policy without any CDN: a fresh nonce on its script tags
/// for every request (picked up by <see cref="SecurityHeadersMiddleware"/>), no fonts from Scalar's CDN, and none of
/// the calls to Scalar's servers (telemetry, the AI agent, MCP) that the policy would block anyway.
/// </summary>
internal sealed class ApiReferenceScriptNonce : IConfigureOptions<ScalarOptions>
{
    public void Configure(ScalarOptions options)
    {
        options.DynamicNonce = true;
        options.DefaultFonts = false;
        options.Telemetry = false;
        options.DisableAgent();
        options.DisableMcp();
    }
}
