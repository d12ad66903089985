using System.Security.Cryptography;
using Dapper;
using Npgsql;

namespace Admissions.Data.Infrastructure;

/// <summary>
/// Keys that every instance must share. A key given in configuration wins; otherwise the first
/// instance to start creates a random one in <c>app_secrets</c> and the others read it back.
/// </summary>
public static class SecretStore
{
    private const string GetOrCreateSql = """
        INSERT INTO app_secrets (name, value) VALUES (@Name, @Value)
        ON CONFLICT (name) DO NOTHING;
        SELECT value FROM app_secrets WHERE name = @Name;
        """;

    public static byte[] GetOrCreate(NpgsqlDataSource dataSource, string name, string? configuredBase64)
    {
        if (!string.IsNullOrWhiteSpace(configuredBase64))
        {
            return Convert.FromBase64String(configuredBase64);
        }

        using var connection = dataSource.OpenConnection();
        return connection.QuerySingle<byte[]>(GetOrCreateSql, new { Name = name, Value = RandomNumberGenerator.GetBytes(32) });
    }
}
