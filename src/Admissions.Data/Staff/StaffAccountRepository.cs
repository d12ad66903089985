using Admissions.Domain.Staff;
using Dapper;
using Npgsql;

namespace Admissions.Data.Staff;

/// <summary>A stored staff account.</summary>
public sealed record StaffAccount
{
    public long Id { get; init; }

    public string Username { get; init; } = "";

    public string PasswordHash { get; init; } = "";

    public string Role { get; init; } = "";

    public string? ScopeCode { get; init; }

    public string DisplayName { get; init; } = "";

    public DateTime? DisabledAt { get; init; }

    /// <summary>UTC.</summary>
    public DateTime? LockedUntil { get; init; }

    public StaffScope Scope => new(StaffScope.ParseRole(Role), ScopeCode);
}

public enum CreateStaffAccountResult
{
    Created,
    UsernameTaken,
}

/// <summary>Staff accounts and their sign-in lockout in PostgreSQL.</summary>
public sealed class StaffAccountRepository(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        id, username, password_hash AS PasswordHash, role, scope_code AS ScopeCode, display_name AS DisplayName,
        disabled_at AS DisabledAt, locked_until AS LockedUntil
        """;

    private const string FindByUsernameSql = "SELECT " + Columns + " FROM staff_accounts WHERE username = @Username";

    private const string FindByIdSql = "SELECT " + Columns + " FROM staff_accounts WHERE id = @Id";

    private const string InsertSql = """
        INSERT INTO staff_accounts (username, password_hash, role, scope_code, display_name)
        VALUES (@Username, @PasswordHash, @Role, @ScopeCode, @DisplayName)
        ON CONFLICT (username) DO NOTHING
        RETURNING id
        """;

    private const string SetDisabledSql = """
        UPDATE staff_accounts SET disabled_at = CASE WHEN @Disabled THEN now() ELSE NULL END WHERE username = @Username
        """;

    private const string SetPasswordSql = """
        UPDATE staff_accounts SET password_hash = @PasswordHash, failed_sign_ins = 0, first_failed_at = NULL, locked_until = NULL
        WHERE username = @Username
        """;

    // Failures are counted in a window that starts at the first failure; reaching the limit locks the account.
    private const string RecordFailureSql = """
        UPDATE staff_accounts SET
            failed_sign_ins = CASE WHEN first_failed_at IS NULL OR first_failed_at < now() - @Window THEN 1 ELSE failed_sign_ins + 1 END,
            first_failed_at = CASE WHEN first_failed_at IS NULL OR first_failed_at < now() - @Window THEN now() ELSE first_failed_at END,
            locked_until = CASE
                WHEN (CASE WHEN first_failed_at IS NULL OR first_failed_at < now() - @Window THEN 1 ELSE failed_sign_ins + 1 END) >= @MaxFailures
                THEN now() + @Window ELSE locked_until END
        WHERE id = @Id
        RETURNING locked_until
        """;

    private const string RecordSuccessSql = """
        UPDATE staff_accounts SET failed_sign_ins = 0, first_failed_at = NULL, locked_until = NULL WHERE id = @Id
        """;

    public async Task<StaffAccount?> FindByUsernameAsync(string username, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StaffAccount>(
            new CommandDefinition(FindByUsernameSql, new { Username = username }, cancellationToken: cancellationToken));
    }

    public async Task<StaffAccount?> FindByIdAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StaffAccount>(
            new CommandDefinition(FindByIdSql, new { Id = id }, cancellationToken: cancellationToken));
    }

    public async Task<CreateStaffAccountResult> CreateAsync(string username, string passwordHash, StaffScope scope, string displayName, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var id = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            InsertSql,
            new { Username = username, PasswordHash = passwordHash, Role = StaffScope.RoleToDb(scope.Role), ScopeCode = scope.Code, DisplayName = displayName },
            cancellationToken: cancellationToken));
        return id is null ? CreateStaffAccountResult.UsernameTaken : CreateStaffAccountResult.Created;
    }

    /// <summary>Disables or re-enables an account; returns false when no account has that username.</summary>
    public async Task<bool> SetDisabledAsync(string username, bool disabled, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            SetDisabledSql, new { Username = username, Disabled = disabled }, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>Replaces the password and clears any lockout; returns false when no account has that username.</summary>
    public async Task<bool> SetPasswordAsync(string username, string passwordHash, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            SetPasswordSql, new { Username = username, PasswordHash = passwordHash }, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>Counts a wrong password; returns the end of the lockout (UTC) when the account is now locked.</summary>
    public async Task<DateTime?> RecordFailedSignInAsync(long id, int maxFailures, TimeSpan window, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DateTime?>(new CommandDefinition(
            RecordFailureSql, new { Id = id, MaxFailures = maxFailures, Window = window }, cancellationToken: cancellationToken));
    }

    public async Task RecordSuccessfulSignInAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(RecordSuccessSql, new { Id = id }, cancellationToken: cancellationToken));
    }
}
