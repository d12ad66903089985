using System.Net;
using Admissions.Web.Infrastructure;

namespace Admissions.Tests.Unit;

public sealed class ClientAddressTests
{
    [Fact]
    public void PartitionKey_Ipv4_IsTheAddress()
    {
        Assert.Equal("4:203.0.113.7", ClientAddress.PartitionKey(IPAddress.Parse("203.0.113.7")));
    }

    [Fact]
    public void PartitionKey_Ipv4MappedToIpv6_IsTheIpv4Address()
    {
        Assert.Equal("4:203.0.113.7", ClientAddress.PartitionKey(IPAddress.Parse("::ffff:203.0.113.7")));
    }

    [Fact]
    public void PartitionKey_Ipv6AddressesInOneSlash64_Share()
    {
        var first = ClientAddress.PartitionKey(IPAddress.Parse("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        var second = ClientAddress.PartitionKey(IPAddress.Parse("2001:db8:1:2::1"));

        Assert.Equal("6:2001:db8:1:2::/64", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void PartitionKey_Ipv6InAnotherSlash64_Differs()
    {
        var first = ClientAddress.PartitionKey(IPAddress.Parse("2001:db8:1:2::1"));
        var second = ClientAddress.PartitionKey(IPAddress.Parse("2001:db8:1:3::1"));

        Assert.NotEqual(first, second);
    }
}
