using System.Diagnostics;
using Admissions.Domain.Import;
using Admissions.Tests.Import;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Web;

/// <summary>A re-import through the command line drops the changed dossier's cache entry, so parents see the new data.</summary>
[Collection("web")]
public sealed class ImportCacheTests(SharedWebApp shared)
{
    [Fact]
    public async Task Reimport_ChangedRow_ShowsNewDataOnNextLookup()
    {
        var row = new TestDossierRow().With(DossierColumn.CurrentResidence, "1 Đường Cũ, Phường Sài Gòn");
        var directory = Directory.CreateTempSubdirectory("admissions-import-");
        var file = Path.Combine(directory.FullName, "ho-so.csv");
        await File.WriteAllTextAsync(file, TestImportFiles.Csv([row]));
        Assert.Equal(0, await RunImportAsync(file));

        using var before = new ParentClient(shared.App.BaseAddress);
        await before.LookupAsync(row.NationalId, "15/06/2021");
        var oldPage = (await before.GetDocumentAsync("/ho-so")).Body!.TextContent;

        row.With(DossierColumn.CurrentResidence, "9 Đường Mới, Phường Sài Gòn");
        await File.WriteAllTextAsync(file, TestImportFiles.Csv([row]));
        var exitCode = await RunImportAsync(file);
        using var after = new ParentClient(shared.App.BaseAddress);
        await after.LookupAsync(row.NationalId, "15/06/2021");
        var newPage = (await after.GetDocumentAsync("/ho-so")).Body!.TextContent;

        Assert.Contains("1 Đường Cũ", oldPage);
        Assert.Equal(0, exitCode);
        Assert.Contains("9 Đường Mới", newPage);
        Assert.DoesNotContain("1 Đường Cũ", newPage);
    }

    private static async Task<int> RunImportAsync(string file)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var cli = Path.Combine(TestEnvironment.RepositoryRoot, "src", "Admissions.Cli", "bin", configuration, "net10.0", "admissions.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "import", file, "--json" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Database__ConnectionString"] = TestEnvironment.ConnectionString;
        start.Environment["Redis__Configuration"] = TestEnvironment.RedisConfiguration;
        start.Environment["Reference__WardsPath"] = TestEnvironment.WardsPath;
        start.Environment["Reference__ProvinceCodesPath"] = TestEnvironment.ProvinceCodesPath;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await Task.WhenAll(output, errors);
        return process.ExitCode;
    }
}
