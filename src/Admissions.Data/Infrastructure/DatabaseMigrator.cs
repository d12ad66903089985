using DbUp;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Admissions.Data.Infrastructure;

/// <summary>Applies the embedded SQL migrations under <c>Migrations/</c> in name order, each once.</summary>
public static class DatabaseMigrator
{
    // Key of the session advisory lock that serialises migrations of one database across processes.
    private const long MigrationLockKey = 0x41444D5F4D4947; // "ADM_MIG"

    public static void Migrate(string connectionString, ILogger logger)
    {
        // Without a log argument dbup prints the connection string, password included, to standard output.
        EnsureDatabase.For.PostgresqlDatabase(connectionString, new DbUp.Engine.Output.NoOpUpgradeLog());

        // Two processes that start on a new database at once (instances, the command line, test projects) would
        // otherwise both run the first script and one would fail on a duplicate type. The second waits, then finds
        // every script applied.
        using var lockConnection = new NpgsqlConnection(connectionString);
        lockConnection.Open();
        using (var takeLock = new NpgsqlCommand("SELECT pg_advisory_lock(@Key)", lockConnection))
        {
            takeLock.Parameters.AddWithValue("Key", MigrationLockKey);
            takeLock.ExecuteNonQuery();
        }

        try
        {
            Upgrade(connectionString, logger);
        }
        finally
        {
            using var releaseLock = new NpgsqlCommand("SELECT pg_advisory_unlock(@Key)", lockConnection);
            releaseLock.Parameters.AddWithValue("Key", MigrationLockKey);
            releaseLock.ExecuteNonQuery();
        }
    }

    private static void Upgrade(string connectionString, ILogger logger)
    {
        var upgrader = DeployChanges.To
            .PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, name => name.Contains(".Migrations.", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();

        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
        {
            DataLog.MigrationFailed(logger, result.ErrorScript?.Name ?? "(unknown)", result.Error);
            throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed.", result.Error);
        }

        DataLog.MigrationsApplied(logger, result.Scripts.Count());
    }
}
