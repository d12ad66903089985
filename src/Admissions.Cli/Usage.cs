namespace Admissions.Cli;

internal static class Usage
{
    public const string Text = """
        Usage: admissions COMMAND [OPTIONS]

        Commands:
          migrate                      apply database migrations and load the wards reference file
        """;

    public static int Unknown(string command)
    {
        Console.Error.WriteLine($"Unknown command '{command}'.");
        Console.Error.WriteLine(Text);
        return 2;
    }
}
