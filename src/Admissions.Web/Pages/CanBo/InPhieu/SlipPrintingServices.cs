using Admissions.Data.Slips;

namespace Admissions.Web.Pages.CanBo.InPhieu;

public static class SlipPrintingServices
{
    /// <summary>Registers the queries behind batch printing of slips and the staff's view of a scanned slip.</summary>
    public static IServiceCollection AddSlipPrinting(this IServiceCollection services)
    {
        services.AddSingleton<SlipBatchRepository>();
        services.AddSingleton<SlipScanRepository>();
        return services;
    }
}
