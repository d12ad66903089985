using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace Admissions.Web.Infrastructure;

/// <summary>
/// Redirects a form whose antiforgery token no longer matches to its own page with a notice, instead of the error
/// page. A parent with two children meets this after a lookup in another tab, because the sign-in invalidates the
/// token of every older form. Nothing is stored.
/// </summary>
public sealed class StaleFormFilter(ILogger<StaleFormFilter> logger) : IAlwaysRunResultFilter
{
    private const string NoticeParameter = "bieu-mau";

    private const string NoticeValue = "het-han";

    /// <summary>Tells the layout whether this request is the redirect that should show the stale-form notice.</summary>
    public static bool IsNoticeRequested(HttpRequest request) => request.Query[NoticeParameter] == NoticeValue;

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not IAntiforgeryValidationFailedResult)
        {
            return;
        }

        var request = context.HttpContext.Request;
        WebLog.StaleFormRejected(logger, request.Path, context.HttpContext.TraceIdentifier);

        // A 302 after a POST makes the browser load the page with GET, which renders a form with a fresh token.
        // NOTE: the query string is dropped, so a page that needs one (a staff list with filters) opens without it.
        context.Result = new RedirectResult($"{request.PathBase}{request.Path}?{NoticeParameter}={NoticeValue}");
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
