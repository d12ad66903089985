using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Admissions.Cli.Commands;

/// <summary><c>admissions demo generate [--count N] [--seed S] --out FILE</c>: writes a demo season in the import format.</summary>
internal static partial class DemoGenerateCommand
{
    public static int Run(CliContext context, string[] arguments)
    {
        if (!DemoArguments.TryParse(arguments, allowOutput: true, out var options, out var error))
        {
            return DemoCommand.UsageError(error);
        }

        if (DemoCommand.CreateGenerator(context, options.Seed) is not { } generator)
        {
            return 1;
        }

        var stopwatch = Stopwatch.StartNew();
        generator.WriteFile(options.OutputPath!, options.Count);
        Generated(context.Logger("Admissions.Demo"), options.Count, generator.PreschoolCount, options.OutputPath!, stopwatch.ElapsedMilliseconds);
        return 0;
    }

    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Wrote {Count} demo dossiers across {PreschoolCount} preschools to {Path} in {ElapsedMs} ms")]
    private static partial void Generated(ILogger logger, int count, int preschoolCount, string path, long elapsedMs);
}
