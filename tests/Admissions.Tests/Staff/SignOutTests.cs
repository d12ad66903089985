using System.Net;
using Admissions.Domain.Staff;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Staff;

[Collection("web")]
public sealed class SignOutTests(SharedWebApp shared)
{
    [Fact]
    public async Task SignOut_FromStaffNavigation_EndsTheSession()
    {
        var (client, _) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.Department, null));
        using var _client = client;

        using var before = await client.GetAsync("/can-bo/so");
        using var signOut = await client.SubmitAsync("/can-bo/so", "form.inline-form", new Dictionary<string, string>());
        using var after = await client.GetAsync("/can-bo/so");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Found, signOut.StatusCode);
        Assert.Equal("/can-bo/dang-nhap", signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Found, after.StatusCode);
        Assert.StartsWith("/can-bo/dang-nhap", after.Headers.Location?.PathAndQuery ?? after.Headers.Location?.OriginalString);
    }
}
