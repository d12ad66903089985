using System.Net;
using Admissions.Data.Staff;
using Admissions.Domain.Staff;

namespace Admissions.Tests.Infrastructure;

/// <summary>A staff member's browser: a new account of the given scope, signed in through the real sign-in form.</summary>
public static class StaffClient
{
    private const string Password = "mat-khau-thu-nghiem-2027";

    /// <summary>Creates an account with a unique username and returns a client whose cookie holds its session.</summary>
    public static async Task<(ParentClient Client, long AccountId)> SignInAsync(Uri baseAddress, StaffScope scope)
    {
        var username = "rp-" + Guid.NewGuid().ToString("N")[..16];
        var accounts = new StaffAccountRepository(TestEnvironment.DataSource);
        await accounts.CreateAsync(username, StaffPasswords.Hash(Password), scope, "Cán bộ thử nghiệm", CancellationToken.None);
        var account = await accounts.FindByUsernameAsync(username, CancellationToken.None)
            ?? throw new InvalidOperationException($"Staff account {username} was not created.");

        var client = new ParentClient(baseAddress);
        using var response = await client.SubmitAsync("/can-bo/dang-nhap", "form.card", new Dictionary<string, string>
        {
            ["Username"] = username,
            ["Password"] = Password,
        });
        if (response.StatusCode != HttpStatusCode.Found)
        {
            client.Dispose();
            throw new InvalidOperationException($"Sign-in of {username} returned {(int)response.StatusCode} instead of a redirect.");
        }

        return (client, account.Id);
    }
}
