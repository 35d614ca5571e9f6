using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace Sozialinfo.Knowledge.Features.Http.ApiKeys;

/// <summary>
/// Which client a request counts for: its remote address (after the forwarded headers of configured proxies), an IPv6
/// address by its /64 network, because one host usually holds a whole /64 and could otherwise take a fresh address
/// for every guess.
/// </summary>
internal static class ClientPartition
{
    public const string Unknown = "unknown";

    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes).ToString() + "/64";
    }
}
