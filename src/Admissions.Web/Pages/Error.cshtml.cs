using System.Diagnostics;
using Admissions.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Admissions.Web.Pages;

/// <summary>The error page for unhandled exceptions and for error status codes. It never shows request data.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public int Status { get; private set; } = 500;

    public string TraceId { get; private set; } = "";

    public void OnGet(int? statusCode) => Handle(statusCode);

    public void OnPost(int? statusCode) => Handle(statusCode);

    private void Handle(int? statusCode)
    {
        TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (failure is not null && IsOverload(failure.Error))
        {
            // PostgreSQL is out of connections or does not respond, so the visitor is asked to come back shortly.
            WebLog.DatabaseUnavailable(logger, failure.Path, TraceId, failure.Error);
            Status = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "5";
        }
        else if (failure is not null)
        {
            WebLog.UnhandledError(logger, failure.Path, TraceId, failure.Error);
            Status = 500;
        }
        else
        {
            Status = statusCode ?? 500;
        }

        Response.StatusCode = Status;
    }

    /// <summary>Transient database failures: too many connections, an exhausted pool, a server that is down or restarting.</summary>
    private static bool IsOverload(Exception error) =>
        error is Npgsql.NpgsqlException { IsTransient: true } or TimeoutException
        || error.InnerException is Npgsql.NpgsqlException { IsTransient: true } or TimeoutException;
}
