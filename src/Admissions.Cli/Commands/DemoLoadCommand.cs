using Admissions.Cli.Demo;
using Admissions.Data.Import;
using Admissions.Domain.Text;
using Microsoft.Extensions.Logging;

namespace Admissions.Cli.Commands;

/// <summary>
/// <c>admissions demo load [--count N] [--seed S]</c>: when no dossier exists, generates a demo season
/// into a temporary file, imports it with the ordinary importer and simulates ten days of parents' activity
/// on it. Then prints three "ID  dd/MM/yyyy" pairs of existing dossiers to try in the lookup form, a blank
/// line, and the demo staff accounts, which it creates or resets each time.
/// </summary>
internal static partial class DemoLoadCommand
{
    private const int SampleCount = 3;

    private const string ActivityCancelledMessage =
        "Đã dừng giữa chừng: dữ liệu mẫu đã được nạp nhưng chưa có hoạt động mô phỏng của cha mẹ học sinh. "
        + "Muốn có đủ, xin xóa cơ sở dữ liệu rồi nạp lại.";

    public static async Task<int> RunAsync(CliContext context, string[] arguments)
    {
        if (!DemoArguments.TryParse(arguments, allowOutput: false, out var options, out var error))
        {
            return DemoCommand.UsageError(error);
        }

        using var cancellation = new CtrlCCancellation();
        var logger = context.Logger("Admissions.Demo");
        var loaded = false;
        try
        {
            if (await DemoDossierQueries.AnyDossierAsync(context.DataSource, cancellation.Token))
            {
                AlreadyLoaded(logger);
            }
            else if (!await LoadAsync(context, options, logger, cancellation.Token))
            {
                return 1;
            }
            else
            {
                // Only a season loaded by this run gets the activity, so a second run never adds it twice.
                loaded = true;
                await DemoActivity.SimulateAsync(context, cancellation.Token);
            }
        }
        catch (OperationCanceledException) when (cancellation.Token.IsCancellationRequested)
        {
            Console.Error.WriteLine(loaded ? ActivityCancelledMessage : ImportCommand.CancelledMessage);
            return ImportCommand.CancelledExitCode;
        }

        var lookups = await DemoDossierQueries.FindSampleLookupsAsync(context.DataSource, SampleCount);
        foreach (var lookup in lookups)
        {
            Console.WriteLine($"{lookup.NationalId}  {DateParser.Format(lookup.BirthDate)}");
        }

        if (lookups.Count > 0)
        {
            var accounts = await UserDemoAccounts.EnsureAsync(context, lookups[0].NationalId, CancellationToken.None);
            Console.WriteLine();
            foreach (var account in accounts)
            {
                Console.WriteLine(account);
            }
        }

        return 0;
    }

    private static async Task<bool> LoadAsync(CliContext context, DemoArguments options, ILogger logger, CancellationToken cancellationToken)
    {
        if (DemoCommand.CreateGenerator(context, options.Seed) is not { } generator || ImportCommand.CreateImporter(context) is not { } importer)
        {
            return false;
        }

        var csvPath = Path.Combine(Path.GetTempPath(), $"admissions-demo-{Guid.NewGuid():N}.csv");
        var reportPath = csvPath + ".report.csv";
        try
        {
            generator.WriteFile(csvPath, options.Count);
            var outcome = await importer.ImportAsync(csvPath, reportPath, cancellationToken);
            if (outcome is ImportRejected rejected)
            {
                Console.Error.WriteLine(rejected.Reason);
                return false;
            }

            var completed = (ImportCompleted)outcome;
            Loaded(logger, completed.Inserted, completed.Rejected);
            return true;
        }
        finally
        {
            File.Delete(csvPath);
            File.Delete(reportPath);
        }
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Dossiers already exist; no demo season was loaded")]
    private static partial void AlreadyLoaded(ILogger logger);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Loaded a demo season: inserted {Inserted}, rejected {Rejected}")]
    private static partial void Loaded(ILogger logger, int inserted, int rejected);
}
