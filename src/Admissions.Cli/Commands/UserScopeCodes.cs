using Dapper;
using Npgsql;

namespace Admissions.Cli.Commands;

/// <summary>Checks that the code of a new school or ward account exists, and reads its name for the account's default display name.</summary>
internal static class UserScopeCodes
{
    // A preschool exists for the site once a dossier names it; refresh_preschools() builds its table from the same rows.
    private const string FindSchoolNameSql = "SELECT preschool_name FROM dossiers WHERE preschool_code = @Code LIMIT 1";

    private const string FindWardNameSql = "SELECT name FROM wards WHERE code = @Code";

    /// <summary>Returns the preschool's name, or null when no dossier has that preschool code.</summary>
    public static async Task<string?> FindSchoolNameAsync(NpgsqlDataSource dataSource, string code, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(
            new CommandDefinition(FindSchoolNameSql, new { Code = code }, cancellationToken: cancellationToken));
    }

    /// <summary>Returns the ward's name, or null when the wards table has no such code.</summary>
    public static async Task<string?> FindWardNameAsync(NpgsqlDataSource dataSource, string code, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(
            new CommandDefinition(FindWardNameSql, new { Code = code }, cancellationToken: cancellationToken));
    }
}
