namespace Admissions.Cli;

internal static class Usage
{
    public const string Text = """
        Usage: admissions COMMAND [OPTIONS]

        Commands:
          migrate                      apply database migrations and load the wards reference file
          import FILE [--json] [--report PATH]
                                       import a dossier CSV file; writes a per-row report to PATH
                                       (default FILE.report.csv); --json prints the counts as one JSON object
        """;

    public static int Unknown(string command)
    {
        Console.Error.WriteLine($"Unknown command '{command}'.");
        Console.Error.WriteLine(Text);
        return 2;
    }
}
