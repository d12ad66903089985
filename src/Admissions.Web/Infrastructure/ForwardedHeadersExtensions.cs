using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Admissions.Web.Infrastructure;

public static class ForwardedHeadersExtensions
{
    /// <summary>
    /// Takes the client address from X-Forwarded-For only when the request comes from a configured proxy,
    /// so that a client cannot pick its own rate-limit partition.
    /// </summary>
    public static IApplicationBuilder UseForwardedHeadersFromTrustedProxies(this IApplicationBuilder app)
    {
        var security = app.ApplicationServices.GetRequiredService<IOptions<SecurityOptions>>().Value;
        if (security.TrustedProxies.Length == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in security.TrustedProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        return app.UseForwardedHeaders(options);
    }
}
