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
          demo generate [--count N] [--seed S] --out FILE
                                       write N invented dossiers (default 170621, seed 2027) in the import format
          demo load [--count N] [--seed S]
                                       import a generated season when no dossier exists, then print three
                                       "ID  dd/MM/yyyy" pairs to try in the lookup form
        """;

    public static int Unknown(string command)
    {
        Console.Error.WriteLine($"Unknown command '{command}'.");
        Console.Error.WriteLine(Text);
        return 2;
    }
}
