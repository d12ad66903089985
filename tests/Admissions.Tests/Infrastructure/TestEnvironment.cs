using Admissions.Data.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Admissions.Tests.Infrastructure;

/// <summary>
/// The real PostgreSQL and Redis that <c>infra/dev.sh test</c> starts, and the shared reference files.
/// Settings come from the same environment variables as the application, with the local stack's
/// defaults. A server that cannot be reached fails the test; nothing is skipped.
/// </summary>
public static class TestEnvironment
{
    private static readonly Lazy<NpgsqlDataSource> MigratedDataSource = new(CreateMigratedDataSource);

    public static string ConnectionString { get; } =
        Environment.GetEnvironmentVariable("Database__ConnectionString")
        ?? "Host=127.0.0.1;Port=55432;Username=admissions;Database=admissions_test";

    public static string RedisConfiguration { get; } =
        Environment.GetEnvironmentVariable("Redis__Configuration") ?? "127.0.0.1:56379";

    /// <summary>The repository root: the folder holding <c>Admissions.sln</c>.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shared folder beside the repository, with the spec and reference data.</summary>
    public static string SharedDirectory { get; } =
        Environment.GetEnvironmentVariable("ADMISSIONS_SHARED_DIR") ?? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string WardsPath => Path.Combine(SharedDirectory, "data", "hcmc-wards-2025.csv");

    public static string ProvinceCodesPath => Path.Combine(SharedDirectory, "data", "id-province-codes.csv");

    public static string ReferenceDossiersPath => Path.Combine(SharedDirectory, "data", "reference-dossiers.csv");

    /// <summary>A data source on the test database, migrated and with wards loaded, once per test run.</summary>
    public static NpgsqlDataSource DataSource => MigratedDataSource.Value;

    private static NpgsqlDataSource CreateMigratedDataSource()
    {
        DatabaseMigrator.Migrate(ConnectionString, NullLogger.Instance);
        var dataSource = NpgsqlDataSource.Create(ConnectionString);
        WardLoader.LoadAsync(dataSource, WardsPath, NullLogger.Instance).GetAwaiter().GetResult();
        return dataSource;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Admissions.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Admissions.sln not found above the test binaries.");
    }
}
