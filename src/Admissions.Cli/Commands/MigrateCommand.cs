using Admissions.Data.Infrastructure;

namespace Admissions.Cli.Commands;

internal static class MigrateCommand
{
    public static async Task<int> RunAsync(CliContext context)
    {
        var logger = context.Logger("Admissions.Migrate");
        DatabaseMigrator.Migrate(context.Database.ConnectionString, logger);

        if (string.IsNullOrWhiteSpace(context.Reference.WardsPath))
        {
            Console.Error.WriteLine("Reference__WardsPath is not set: wards were not loaded.");
            return 1;
        }

        await WardLoader.LoadAsync(context.DataSource, context.Reference.WardsPath, logger);
        return 0;
    }
}
