using Microsoft.AspNetCore.Identity;

namespace Admissions.Data.Staff;

/// <summary>Password hashing of staff accounts with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2).</summary>
public static class StaffPasswords
{
    /// <summary>Shortest password the account command accepts.</summary>
    public const int MinLength = 10;

    private static readonly PasswordHasher<StaffAccount> Hasher = new();

    public static string Hash(string password) => Hasher.HashPassword(new StaffAccount(), password);

    public static bool Verify(StaffAccount account, string password) =>
        Hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
}
