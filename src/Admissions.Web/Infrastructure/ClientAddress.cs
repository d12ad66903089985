using System.Net;
using System.Net.Sockets;

namespace Admissions.Web.Infrastructure;

/// <summary>The client address as rate limits count it: IPv4 per address, IPv6 per /64 network.</summary>
public static class ClientAddress
{
    /// <summary>
    /// Returns a partition key such as <c>4:203.0.113.7</c> or <c>6:2001:db8:1:2::/64</c>. A home or mobile IPv6
    /// subscriber gets a whole /64, so counting single IPv6 addresses would let one client rotate freely.
    /// </summary>
    public static string PartitionKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return "4:" + address;
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return "6:" + new IPAddress(bytes) + "/64";
    }
}
