using System.Diagnostics;
using System.Globalization;

namespace Admissions.Web.Infrastructure;

/// <summary>
/// Adds <c>Server-Timing: app;dur=…</c> (milliseconds from this middleware to the first byte of the response), so that
/// load tests can report server time apart from network and client time.
/// </summary>
public static class ServerTimingMiddleware
{
    public static IApplicationBuilder UseServerTiming(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            context.Response.Headers["Server-Timing"] = "app;dur=" + elapsed.ToString("0.0", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        await next(context);
    });
}
