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
                                       "ID  dd/MM/yyyy" pairs to try in the lookup form; after a fresh load it
                                       also simulates ten days of parents' activity, and it always creates or
                                       resets the demo staff accounts and prints them after a blank line
          user add --role school|ward|department [--school CODE | --ward CODE] --username NAME [--name TEXT]
                                       create a staff account; --school (preschool code) goes with role school,
                                       --ward (ward code) with role ward, neither with department; the display
                                       name defaults to the school's, ward's or Department's name
          user disable --username NAME end the account's sessions and refuse its sign-ins
          user enable --username NAME  allow a disabled account to sign in again
          user password --username NAME
                                       replace the password and clear a sign-in lockout
                                       add and password read the password as one line from standard input
                                       (10 to 200 characters); usernames are 3 to 64 of a-z 0-9 . _ -
          deadline [--at yyyy-MM-ddTHH:mm[:ss]] [--force]
                                       close the confirmation window: move every dossier not yet looked up,
                                       looked up or changed and awaiting confirmation to accepted_at_deadline;
                                       --at is the local time (Asia/Ho_Chi_Minh) recorded, default now, and
                                       not later than now; before Season__ConfirmationCloses only with --force

        Exit status: 0 on success, 2 on a usage error, 1 on any other failure, 130 when Ctrl+C stopped an import.
        """;

    public static int Unknown(string command)
    {
        Console.Error.WriteLine($"Unknown command '{command}'.");
        Console.Error.WriteLine(Text);
        return 2;
    }
}
