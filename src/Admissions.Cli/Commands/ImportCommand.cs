using System.Globalization;
using System.Text.Json;
using Admissions.Data.Import;
using Admissions.Domain.Import;
using Microsoft.Extensions.Logging;

namespace Admissions.Cli.Commands;

/// <summary>
/// <c>admissions import FILE [--json] [--report PATH]</c>: imports a dossier CSV file. Exits 0 when the
/// file was processed, even with rejected rows, 1 when it was rejected as a whole, 2 on a usage error and
/// 130 when Ctrl+C stopped it.
/// </summary>
internal static class ImportCommand
{
    /// <summary>The conventional exit code of a program stopped by Ctrl+C (128 + SIGINT).</summary>
    public const int CancelledExitCode = 130;

    /// <summary>Printed when Ctrl+C stopped an import and its transaction was rolled back.</summary>
    public const string CancelledMessage = "Đã hủy việc nhập tệp. Không có hồ sơ nào được nhập.";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static async Task<int> RunAsync(CliContext context, string[] arguments)
    {
        if (!ImportArguments.TryParse(arguments, out var options, out var usageError))
        {
            Console.Error.WriteLine(usageError);
            Console.Error.WriteLine(Usage.Text);
            return 2;
        }

        if (CreateImporter(context) is not { } importer)
        {
            return 1;
        }

        ImportOutcome outcome;
        using (var cancellation = new CtrlCCancellation())
        {
            try
            {
                outcome = await importer.ImportAsync(options.FilePath, options.ReportPath, cancellation.Token);
            }
            catch (OperationCanceledException) when (cancellation.Token.IsCancellationRequested)
            {
                Console.Error.WriteLine(CancelledMessage);
                return CancelledExitCode;
            }
        }

        if (outcome is not ImportCompleted completed)
        {
            Console.Error.WriteLine(((ImportRejected)outcome).Reason);
            return 1;
        }

        await ImportCacheInvalidation.RunAsync(context, completed.UpdatedNationalIds);
        if (options.Json)
        {
            WriteJson(completed);
        }
        else
        {
            WriteSummary(options.FilePath, completed);
        }

        return 0;
    }

    /// <summary>
    /// Creates the importer from the reference files named by <c>Reference__ProvinceCodesPath</c> and
    /// <c>Reference__WardsPath</c>. Prints the problem and returns null when either is not set.
    /// </summary>
    public static DossierImporter? CreateImporter(CliContext context)
    {
        if (string.IsNullOrWhiteSpace(context.Reference.ProvinceCodesPath) || string.IsNullOrWhiteSpace(context.Reference.WardsPath))
        {
            Console.Error.WriteLine("Reference__ProvinceCodesPath and Reference__WardsPath must both be set to import dossiers.");
            return null;
        }

        var validator = DossierRowValidator.FromReferenceFiles(context.Reference.ProvinceCodesPath, context.Reference.WardsPath, context.Season);
        return new DossierImporter(context.DataSource, validator, context.LoggerFactory.CreateLogger<DossierImporter>());
    }

    /// <summary>Writes exactly one JSON object and a line break on standard output.</summary>
    private static void WriteJson(ImportCompleted completed)
    {
        using var output = Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteNumber("read", completed.Read);
            json.WriteNumber("inserted", completed.Inserted);
            json.WriteNumber("updated", completed.Updated);
            json.WriteNumber("unchanged", completed.Unchanged);
            json.WriteNumber("rejected", completed.Rejected);
            json.WriteNumber("warnings", completed.Warnings);
            json.WriteString("report", completed.ReportPath);
            json.WriteEndObject();
        }

        output.Write("\n"u8);
    }

    private static void WriteSummary(string filePath, ImportCompleted completed)
    {
        Console.WriteLine(
            $"Đã xử lý tệp {Path.GetFileName(filePath)}: đọc {Count(completed.Read)} dòng, thêm mới {Count(completed.Inserted)} hồ sơ, "
            + $"cập nhật {Count(completed.Updated)}, không thay đổi {Count(completed.Unchanged)}, từ chối {Count(completed.Rejected)} dòng.");
        if (completed.Warnings > 0)
        {
            Console.WriteLine($"Có {Count(completed.Warnings)} hồ sơ được nhập kèm cảnh báo, nhà trường cần kiểm tra.");
        }

        Console.WriteLine($"Báo cáo chi tiết từng dòng: {completed.ReportPath}");
    }

    private static string Count(int value) => value.ToString("N0", Vietnamese);
}

/// <summary>
/// A token that the first Ctrl+C cancels instead of killing the process, so that a running import rolls
/// back cleanly. Disposing it restores the default Ctrl+C behaviour.
/// </summary>
internal sealed class CtrlCCancellation : IDisposable
{
    private readonly CancellationTokenSource source = new();

    public CtrlCCancellation() => Console.CancelKeyPress += OnCancelKeyPress;

    public CancellationToken Token => source.Token;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        source.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs eventArgs)
    {
        eventArgs.Cancel = true;
        source.Cancel();
    }
}

/// <summary>The parsed arguments of <c>admissions import</c>.</summary>
internal sealed record ImportArguments(string FilePath, string ReportPath, bool Json)
{
    public static bool TryParse(string[] arguments, out ImportArguments parsed, out string error)
    {
        parsed = new ImportArguments("", "", false);
        error = "";
        string? filePath = null;
        string? reportPath = null;
        var json = false;

        for (var i = 0; i < arguments.Length; i++)
        {
            switch (arguments[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--report" when i + 1 < arguments.Length:
                    reportPath = arguments[++i];
                    break;
                case "--report":
                    error = "Option --report needs a path.";
                    return false;
                case var argument when argument.StartsWith("--", StringComparison.Ordinal):
                    error = $"Unknown option '{argument}' for import.";
                    return false;
                case var argument when filePath is null:
                    filePath = argument;
                    break;
                default:
                    error = "import takes exactly one FILE.";
                    return false;
            }
        }

        if (filePath is null)
        {
            error = "import needs a FILE.";
            return false;
        }

        parsed = new ImportArguments(filePath, reportPath ?? filePath + ".report.csv", json);
        return true;
    }
}
