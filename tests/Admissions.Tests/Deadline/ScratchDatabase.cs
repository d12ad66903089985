using Admissions.Data.Infrastructure;
using Admissions.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Admissions.Tests.Deadline;

/// <summary>
/// A throwaway database on the test server, migrated and with wards loaded, for commands that act on every dossier
/// and would otherwise change the rows of tests running beside them. Disposing it drops the database.
/// </summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private ScratchDatabase(string name, string connectionString, NpgsqlDataSource dataSource)
    {
        Name = name;
        ConnectionString = connectionString;
        DataSource = dataSource;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public NpgsqlDataSource DataSource { get; }

    public static async Task<ScratchDatabase> CreateAsync(string purpose)
    {
        var name = $"admissions_test_{purpose}_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.ConnectionString) { Database = name }.ConnectionString;
        DatabaseMigrator.Migrate(connectionString, NullLogger.Instance);
        var dataSource = NpgsqlDataSource.Create(connectionString);
        await WardLoader.LoadAsync(dataSource, TestEnvironment.WardsPath, NullLogger.Instance);
        return new ScratchDatabase(name, connectionString, dataSource);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
