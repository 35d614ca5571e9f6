using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Sozialinfo.Knowledge.Features.Search.RateLimiting;

/// <summary>
/// The rate-limit partition of one client, built without allocating: an IPv4 address (also when it arrives mapped
/// into IPv6), or the /64 network of an IPv6 address. A subscriber usually holds a whole /64 and can pick any address
/// in it, so keying on the full IPv6 address would hand out a fresh limit per request. Requests without a remote
/// address (in-process servers, Unix sockets) share one partition.
/// </summary>
internal readonly record struct ClientAddressKey(AddressFamily Family, ulong Network)
{
    public static ClientAddressKey From(IPAddress? address)
    {
        if (address is null)
        {
            return default;
        }

        Span<byte> bytes = stackalloc byte[16];
        if (!address.TryWriteBytes(bytes, out var written))
        {
            return default;
        }

        if (written == 4)
        {
            return new ClientAddressKey(AddressFamily.InterNetwork, BinaryPrimitives.ReadUInt32BigEndian(bytes));
        }

        return address.IsIPv4MappedToIPv6
            ? new ClientAddressKey(AddressFamily.InterNetwork, BinaryPrimitives.ReadUInt32BigEndian(bytes[12..]))
            : new ClientAddressKey(AddressFamily.InterNetworkV6, BinaryPrimitives.ReadUInt64BigEndian(bytes));
    }
}
