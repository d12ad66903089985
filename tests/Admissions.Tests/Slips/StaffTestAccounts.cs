using System.Net;
using Admissions.Data.Staff;
using Admissions.Domain.Staff;
using Admissions.Tests.Infrastructure;
using Dapper;

namespace Admissions.Tests.Slips;

/// <summary>A staff account made for one test, with the password to sign in.</summary>
public sealed record TestStaffAccount(long Id, string Username, string Password);

/// <summary>Creates staff accounts in the test database and signs them in, so each test owns its accounts.</summary>
public static class StaffTestAccounts
{
    public const string Password = "mat-khau-thu-nghiem";

    public static async Task<TestStaffAccount> CreateAsync(StaffRole role, string? scopeCode)
    {
        var username = "t." + Guid.NewGuid().ToString("N")[..16];
        var accounts = new StaffAccountRepository(TestEnvironment.DataSource);
        await accounts.CreateAsync(username, StaffPasswords.Hash(Password), new StaffScope(role, scopeCode), "Cán bộ thử nghiệm", CancellationToken.None);
        var account = await accounts.FindByUsernameAsync(username, CancellationToken.None)
            ?? throw new InvalidOperationException($"Account {username} was not stored.");
        return new TestStaffAccount(account.Id, username, Password);
    }

    /// <summary>Signs in through the sign-in form and returns the client, which then carries the staff cookie.</summary>
    public static async Task<ParentClient> SignInAsync(Uri baseAddress, TestStaffAccount account)
    {
        var client = new ParentClient(baseAddress);
        using var response = await client.SubmitAsync(
            "/can-bo/dang-nhap", "form", new Dictionary<string, string> { ["Username"] = account.Username, ["Password"] = account.Password });
        if (response.StatusCode != HttpStatusCode.Redirect && response.StatusCode != HttpStatusCode.Found)
        {
            client.Dispose();
            throw new InvalidOperationException($"Sign-in of {account.Username} answered {(int)response.StatusCode} instead of a redirect.");
        }

        return client;
    }

    /// <summary>Reads the account's audit rows of one action, oldest first.</summary>
    public static async Task<IReadOnlyList<AuditRow>> AuditAsync(long accountId, string action)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<AuditRow>(
            "SELECT dossier_id AS DossierId, detail FROM staff_audit WHERE account_id = @AccountId AND action = @Action ORDER BY id",
            new { AccountId = accountId, Action = action });
        return rows.AsList();
    }

    public sealed record AuditRow
    {
        public long? DossierId { get; init; }

        public string? Detail { get; init; }
    }
}
