using Admissions.Data.Reporting;

namespace Admissions.Web.Infrastructure;

public static class ReportingServiceExtensions
{
    /// <summary>Registers the queries behind the staff pages: confirmation rates, chase lists and dossier details.</summary>
    public static IServiceCollection AddStaffReporting(this IServiceCollection services)
    {
        services.AddSingleton<ReportingRepository>();
        services.AddSingleton<ChaseListRepository>();
        services.AddSingleton<StaffDossierRepository>();
        return services;
    }
}
