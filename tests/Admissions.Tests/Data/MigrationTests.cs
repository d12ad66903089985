using Admissions.Data.Infrastructure;
using Admissions.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Admissions.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrate_ConcurrentOnNewDatabase_AllSucceed()
    {
        var name = $"admissions_test_migrate_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.ConnectionString) { Database = name }.ConnectionString;
        await using (var admin = await TestEnvironment.DataSource.OpenConnectionAsync())
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin))
        {
            await create.ExecuteNonQueryAsync();
        }

        try
        {
            var runs = Enumerable.Range(0, 4)
                .Select(_ => Task.Run(() => DatabaseMigrator.Migrate(connectionString, NullLogger.Instance)));
            await Task.WhenAll(runs);

            var scripts = typeof(DatabaseMigrator).Assembly.GetManifestResourceNames().Count(resource => resource.Contains(".Migrations.", StringComparison.Ordinal));
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM schemaversions", connection);
            Assert.Equal((long)scripts, (long)(await count.ExecuteScalarAsync())!);
        }
        finally
        {
            await using var admin = await TestEnvironment.DataSource.OpenConnectionAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
