using System.Diagnostics;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Accounts;

/// <summary>What one run of the command line printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Output, string Errors);

/// <summary>Runs the built <c>admissions</c> command line as its own process, as an operator would.</summary>
public static class CliRunner
{
    /// <summary>
    /// Runs the command line against <paramref name="connectionString"/> (the test database by default), writes
    /// <paramref name="input"/> to its standard input and closes it, and waits for it to exit.
    /// </summary>
    public static async Task<CliResult> RunAsync(
        IEnumerable<string> arguments, string? input = null, string? connectionString = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliAssemblyPath());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Database__ConnectionString"] = connectionString ?? TestEnvironment.ConnectionString;
        start.Environment["Redis__Configuration"] = TestEnvironment.RedisConfiguration;
        start.Environment["Reference__WardsPath"] = TestEnvironment.WardsPath;
        start.Environment["Reference__ProvinceCodesPath"] = TestEnvironment.ProvinceCodesPath;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        // The schema must exist before a command uses it.
        _ = TestEnvironment.DataSource;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the command line.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, await output, await errors);
    }

    private static string CliAssemblyPath()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release"
            : "Debug";
        var path = Path.Combine(TestEnvironment.RepositoryRoot, "src", "Admissions.Cli", "bin", configuration, "net10.0", "admissions.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the command line first.", path);
    }
}
