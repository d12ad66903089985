using System.Globalization;
using Admissions.Data.Deadline;
using Admissions.Domain.Dossiers;
using Admissions.Domain.Season;
using Microsoft.Extensions.Logging;

namespace Admissions.Cli.Commands;

/// <summary>
/// <c>admissions deadline [--at LOCAL-TIME] [--force]</c>: closes the confirmation window. Refuses to run before
/// <c>Season__ConfirmationCloses</c> unless forced, then prints in Vietnamese how many dossiers it moved. Exits 0 when
/// it ran (also when nothing was left to move), 1 when it refused or failed and 2 on a usage error.
/// </summary>
internal static partial class DeadlineCommand
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static async Task<int> RunAsync(CliContext context, string[] arguments)
    {
        if (!DeadlineArguments.TryParse(arguments, out var options, out var error))
        {
            return DemoCommand.UsageError(error);
        }

        var now = VietnamTime.ToLocal(DateTimeOffset.UtcNow);
        var at = options.At ?? now;
        if (at > now)
        {
            return DemoCommand.UsageError(
                $"--at {Format(at)} is later than the current time {Format(now)} (Asia/Ho_Chi_Minh); the deadline records only a time that has passed.");
        }

        var closes = context.Season.ConfirmationCloses;
        if (at < closes && !options.Force)
        {
            Console.Error.WriteLine(
                $"Chưa hết thời gian xác nhận: thời gian xác nhận kết thúc lúc {Format(closes)} (Season__ConfirmationCloses), "
                + $"còn thời điểm chốt là {Format(at)}. Không có hồ sơ nào thay đổi. Nếu thật sự cần chốt sớm, xin chạy lại với --force.");
            return 1;
        }

        var logger = context.Logger("Admissions.Deadline");
        var repository = new DeadlineRepository(context.DataSource);
        var outcome = await repository.CloseConfirmationAsync(
            VietnamTime.FromLocal(at), $"Hết thời gian xác nhận lúc {Format(at)}: hồ sơ được mặc nhiên chấp nhận.", CancellationToken.None);
        DeadlineApplied(logger, outcome.MovedTotal, outcome.CorrectionRequestsLeft);

        await ImportCacheInvalidation.RunAsync(context, outcome.MovedNationalIds);
        WriteSummary(outcome, at);
        return 0;
    }

    private static void WriteSummary(DeadlineOutcome outcome, DateTime at)
    {
        var accepted = DossierStatus.AcceptedAtDeadline.ToVietnamese();
        Console.WriteLine($"Đã chốt hồ sơ lúc {Format(at)} (giờ Việt Nam).");
        Console.WriteLine($"Chuyển {Count(outcome.MovedTotal)} hồ sơ sang trạng thái “{accepted}”:");
        foreach (var (status, moved) in outcome.MovedByStatus)
        {
            Console.WriteLine($"  - {status.ToVietnamese()}: {Count(moved)}");
        }

        Console.WriteLine(
            $"Giữ nguyên {Count(outcome.CorrectionRequestsLeft)} hồ sơ “{DossierStatus.CorrectionRequested.ToVietnamese()}”: "
            + "trường hoặc phường/xã vẫn cần xem xét và quyết định các đề nghị này.");
    }

    private static string Format(DateTime local) => local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString("N0", Vietnamese);

    [LoggerMessage(EventId = 3300, Level = LogLevel.Information, Message = "Deadline applied: moved {Moved} dossiers to accepted_at_deadline, left {CorrectionRequests} in correction_requested")]
    private static partial void DeadlineApplied(ILogger logger, int moved, int correctionRequests);
}
