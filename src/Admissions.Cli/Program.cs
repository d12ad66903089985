using Admissions.Cli;
using Admissions.Cli.Commands;

if (args.Length == 0)
{
    Console.Error.WriteLine(Usage.Text);
    return 2;
}

await using var context = CliContext.Create();

return args[0] switch
{
    "migrate" => await MigrateCommand.RunAsync(context),
    "import" => await ImportCommand.RunAsync(context, args[1..]),
    "demo" => await DemoCommand.RunAsync(context, args[1..]),
    "user" => await UserCommand.RunAsync(context, args[1..]),
    "deadline" => await DeadlineCommand.RunAsync(context, args[1..]),
    _ => Usage.Unknown(args[0]),
};
