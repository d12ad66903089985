using Admissions.Data.Import;
using Admissions.Data.Infrastructure;
using Admissions.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Admissions.Tests.Import;

/// <summary>
/// A database whose wards table was never loaded, in a throwaway database of its own, because emptying the
/// shared test database's wards would break every other test.
/// </summary>
public sealed class MissingWardsTests : IAsyncLifetime
{
    private readonly string databaseName = "admissions_test_no_wards_" + Guid.NewGuid().ToString("N");
    private readonly ImportTestContext context = new();
    private NpgsqlDataSource? dataSource;

    public Task InitializeAsync()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.ConnectionString) { Database = databaseName }.ConnectionString;
        DatabaseMigrator.Migrate(connectionString, NullLogger.Instance);
        dataSource = NpgsqlDataSource.Create(connectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (dataSource is not null)
        {
            await dataSource.DisposeAsync();
        }

        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        context.Dispose();
    }

    [Fact]
    public async Task Import_WithoutWardsTable_IsRejectedAndStoresNothing()
    {
        var importer = new DossierImporter(dataSource!, TestValidators.Default, NullLogger<DossierImporter>.Instance);
        var csvPath = context.WriteFile(TestImportFiles.Csv([new TestDossierRow()]));

        var outcome = await importer.ImportAsync(csvPath, context.ReportPathFor(csvPath));
        await using var count = dataSource!.CreateCommand("SELECT count(*) FROM dossiers");
        var stored = (long)(await count.ExecuteScalarAsync())!;

        var rejected = Assert.IsType<ImportRejected>(outcome);
        Assert.Equal(ImportRejectionKind.WardsNotLoaded, rejected.Kind);
        Assert.Contains("migrate", rejected.Reason);
        Assert.Equal(0, stored);
        Assert.False(File.Exists(context.ReportPathFor(csvPath)));
    }
}
