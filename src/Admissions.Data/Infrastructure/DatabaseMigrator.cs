using DbUp;
using Microsoft.Extensions.Logging;

namespace Admissions.Data.Infrastructure;

/// <summary>Applies the embedded SQL migrations under <c>Migrations/</c> in name order, each once.</summary>
public static class DatabaseMigrator
{
    public static void Migrate(string connectionString, ILogger logger)
    {
        // Without a log argument dbup prints the connection string, password included, to standard output.
        EnsureDatabase.For.PostgresqlDatabase(connectionString, new DbUp.Engine.Output.NoOpUpgradeLog());

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
