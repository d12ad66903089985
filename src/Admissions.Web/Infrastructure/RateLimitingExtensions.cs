using System.Globalization;
using System.Threading.RateLimiting;

namespace Admissions.Web.Infrastructure;

public static class RateLimitingExtensions
{
    public static IServiceCollection AddAdmissionsRateLimits(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<RedisWindowCounter>();
        services.AddSingleton<AdmissionsRateLimiter>();
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<IServiceProvider>((options, provider) =>
            {
                options.GlobalLimiter = provider.GetRequiredService<AdmissionsRateLimiter>();
                options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                options.OnRejected = async (context, cancellationToken) =>
                {
                    var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var value) ? value : TimeSpan.FromSeconds(30);
                    var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Admissions.RateLimits");
                    if (context.Lease.TryGetMetadata(AdmissionsRateLimiter.ReasonMetadata, out var reason) && reason is AdmissionsRateLimiter.RateLimitedReason)
                    {
                        WebLog.LookupRateLimited(logger);
                        await BusyResponse.WriteAsync(
                            context.HttpContext,
                            StatusCodes.Status429TooManyRequests,
                            retryAfter,
                            "Có quá nhiều lượt tra cứu từ cùng một địa chỉ mạng trong một phút. Xin vui lòng đợi khoảng một phút rồi thử lại.",
                            cancellationToken);
                        return;
                    }

                    WebLog.RequestShedUnderLoad(logger, context.HttpContext.Request.Path);
                    await BusyResponse.WriteAsync(
                        context.HttpContext,
                        StatusCodes.Status503ServiceUnavailable,
                        retryAfter,
                        "Hệ thống đang có quá nhiều người truy cập cùng lúc. Xin vui lòng đợi ít giây rồi thử lại; thông tin đã xác nhận trước đó không bị ảnh hưởng.",
                        cancellationToken);
                };
            });
        services.AddRateLimiter(_ => { });
        return services;
    }
}

/// <summary>A light Vietnamese page for 429 and 503 responses, with <c>Retry-After</c>.</summary>
public static class BusyResponse
{
    private static readonly System.Text.Encodings.Web.HtmlEncoder Encoder =
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static async Task WriteAsync(HttpContext context, int statusCode, TimeSpan retryAfter, string message, CancellationToken cancellationToken)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = statusCode;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/html; charset=utf-8";

        var html = $$"""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Xin vui lòng thử lại sau</title>
            <style>body{font-family:system-ui,sans-serif;margin:1.5rem;max-width:32rem;line-height:1.5}</style></head>
            <body><h1>Xin vui lòng thử lại sau</h1><p>{{Encoder.Encode(message)}}</p>
            <p><a href="/">Quay lại trang tra cứu</a></p></body></html>
            """;
        await context.Response.WriteAsync(html, cancellationToken);
    }
}
