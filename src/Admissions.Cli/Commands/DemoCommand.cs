using Admissions.Cli.Demo;
using Admissions.Domain.Reference;

namespace Admissions.Cli.Commands;

/// <summary><c>admissions demo generate|load</c>: invented data for local demonstrations.</summary>
internal static class DemoCommand
{
    public static Task<int> RunAsync(CliContext context, string[] arguments) => arguments switch
    {
        ["generate", .. var rest] => Task.FromResult(DemoGenerateCommand.Run(context, rest)),
        ["load", .. var rest] => DemoLoadCommand.RunAsync(context, rest),
        _ => Task.FromResult(Usage.Unknown("demo " + string.Join(' ', arguments))),
    };

    /// <summary>
    /// Creates a generator from the ward and province reference files. Prints the problem and returns null
    /// when either path is not set.
    /// </summary>
    public static DemoSeasonGenerator? CreateGenerator(CliContext context, ulong seed)
    {
        if (string.IsNullOrWhiteSpace(context.Reference.WardsPath) || string.IsNullOrWhiteSpace(context.Reference.ProvinceCodesPath))
        {
            Console.Error.WriteLine("Reference__WardsPath and Reference__ProvinceCodesPath must both be set to generate demo data.");
            return null;
        }

        return new DemoSeasonGenerator(
            ReferenceEntry.ReadCsv(context.Reference.WardsPath),
            ReferenceEntry.ReadCsv(context.Reference.ProvinceCodesPath),
            context.Season.NominalBirthYear,
            seed);
    }

    /// <summary>Prints a usage error in the shape every command uses and returns exit code 2.</summary>
    public static int UsageError(string error)
    {
        Console.Error.WriteLine(error);
        Console.Error.WriteLine(Usage.Text);
        return 2;
    }
}
