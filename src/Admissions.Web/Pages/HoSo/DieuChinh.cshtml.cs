using Admissions.Data.Corrections;
using Admissions.Data.Dossiers;
using Admissions.Data.Lookup;
using Admissions.Domain.Corrections;
using Admissions.Domain.Dossiers;
using Admissions.Domain.Import;
using Admissions.Domain.Season;
using Admissions.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Admissions.Web.Pages.HoSo;

/// <summary>
/// The parent's correction request: the fields to correct with their correct values, a note, and evidence files.
/// The page's only POST handler is the upload, so the body limits below apply to it alone.
/// </summary>
/// <remarks>
/// NOTE: Kestrel cuts off a body over <see cref="MaxRequestBytes"/> with status 413 before the page runs, and a
/// browser still uploading usually shows a network error. The page's script therefore checks the count and size
/// of the files before the upload starts. Without JavaScript a parent gets no Vietnamese message for that case.
/// </remarks>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class DieuChinhModel(
    DossierLookupService lookup,
    CorrectionService corrections,
    IOptions<SeasonOptions> season,
    TimeProvider timeProvider,
    ILogger<DieuChinhModel> logger) : ParentPageModel(lookup)
{
    /// <summary>26 MiB: five files of 5 MiB, and 1 MiB for the other fields and the multipart framing.</summary>
    public const long MaxRequestBytes = (long)EvidenceFiles.MaxCount * EvidenceFiles.MaxBytes + 1024 * 1024;

    public DossierSnapshot Dossier { get; private set; } = default!;

    /// <summary>The dossier's current content, against which the proposed values are checked.</summary>
    public DossierData CurrentData { get; private set; } = default!;

    /// <summary>Why no request can be made now, or null when the form is offered.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>The keys of the fields the parent ticked (see <see cref="CorrectableFields.Key"/>).</summary>
    [BindProperty]
    public List<string> Fields { get; set; } = [];

    /// <summary>The correct value typed for each field, by field key.</summary>
    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>The data version the parent was shown, so that a request never concerns data they did not see.</summary>
    [BindProperty]
    public int DataVersion { get; set; }

    [BindProperty]
    public List<IFormFile> Evidence { get; set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Whether the failed request carried files, which the browser does not keep for the next attempt.</summary>
    public bool FilesDropped { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        return await LoadAsync(cancellationToken) ? Page() : RedirectToPage("/Index");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return RedirectToPage("/Index");
        }

        if (Unavailable is not null)
        {
            return Page();
        }

        var chosenFiles = Evidence.Where(file => file.Length > 0 || !string.IsNullOrEmpty(file.FileName)).ToList();
        FilesDropped = chosenFiles.Count > 0;

        var validator = new CorrectionRequestValidator(season.Value);
        var check = validator.Validate(Fields, key => Values.GetValueOrDefault(key), Note, CurrentData);
        var errors = check.Errors.ToList();
        var (evidence, fileErrors) = await ReadEvidenceAsync(chosenFiles, cancellationToken);
        errors.AddRange(fileErrors);

        var chosenColumns = Fields.Select(key => CorrectableFields.TryParseKey(key, out var column) ? column : (DossierColumn?)null).OfType<DossierColumn>();
        if (fileErrors.Count == 0 && evidence.Count == 0 && CorrectableFields.NeedEvidence(chosenColumns))
        {
            errors.Add(CorrectionMessages.EvidenceMissing);
        }

        if (errors.Count > 0 || check.Proposal is null)
        {
            CorrectionPageLog.RequestInvalid(logger, Dossier.Id, errors.Count);
            Errors = errors;
            return Page();
        }

        var outcome = await corrections.SubmitAsync(Dossier.Id, SessionIdHash, DataVersion, check.Proposal, evidence, cancellationToken);
        switch (outcome.Kind)
        {
            case SubmitResultKind.Submitted:
                return RedirectToPage("/HoSo/Index");

            case SubmitResultKind.VersionChanged:
                await LoadAsync(cancellationToken);
                Errors = ["Thông tin hồ sơ vừa được nhà trường cập nhật. Xin xem lại thông tin hiện có dưới đây rồi gửi lại đề nghị nếu vẫn cần điều chỉnh."];
                return Page();

            case SubmitResultKind.AlreadyOpen:
            case SubmitResultKind.NotAllowed:
                // The status changed since the page was read: show why the form is no longer offered.
                await LoadAsync(cancellationToken);
                return Page();

            default:
                await ParentSession.SignOutAsync(HttpContext);
                return RedirectToPage("/Index");
        }
    }

    /// <summary>The field's current value as the dossier page shows it: phones masked, dates as dd/MM/yyyy.</summary>
    public string CurrentDisplay(DossierColumn column)
    {
        var value = DossierFieldValues.Read(CurrentData, column);
        return CorrectableFields.IsPhone(column)
            ? DisplayFormat.OrDash(DisplayFormat.MaskPhone(value))
            : DossierFieldValues.Display(column, value);
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var dossier = await LoadDossierAsync(cancellationToken);
        if (dossier is null)
        {
            return false;
        }

        Dossier = dossier;
        CurrentData = dossier.ToDossierData();
        Unavailable = DescribeUnavailable(dossier.StatusValue, ConfirmationWindow.StateAt(season.Value, timeProvider.GetUtcNow()));
        Response.Headers.CacheControl = "no-cache, no-store";
        Response.Headers.Pragma = "no-cache";
        return true;
    }

    private static string? DescribeUnavailable(DossierStatus status, ConfirmationWindowState window)
    {
        if (window == ConfirmationWindowState.Closed)
        {
            return "Thời gian xác nhận hồ sơ đã kết thúc nên không thể gửi đề nghị điều chỉnh trên trang này. Xin liên hệ trường mầm non nơi trẻ đang học.";
        }

        return status switch
        {
            _ when status.CanRequest() => null,
            DossierStatus.CorrectionRequested =>
                "Hồ sơ đang có một đề nghị điều chỉnh chờ nhà trường xử lý. Mỗi hồ sơ chỉ có một đề nghị được xử lý tại một thời điểm; xin chờ kết quả trước khi gửi đề nghị mới.",
            DossierStatus.ChangedAwaitingConfirmation =>
                "Hồ sơ vừa được cập nhật và đang chờ cha mẹ học sinh xác nhận lại. Đề nghị điều chỉnh chỉ gửi được khi hồ sơ ở trạng thái “Đã tra cứu, chưa xác nhận” hoặc “Đã xác nhận”, nên xin kiểm tra và xác nhận lại thông tin mới trên trang hồ sơ trước. Nếu thông tin mới vẫn chưa đúng, xin liên hệ trường mầm non nơi trẻ đang học.",
            _ => $"Hồ sơ đang ở trạng thái “{status.ToVietnamese()}” nên không thể gửi đề nghị điều chỉnh.",
        };
    }

    /// <summary>
    /// Reads the chosen files after checking their number, size and detected type. Returns the checked files, or
    /// the errors of every file that failed a check.
    /// </summary>
    private static async Task<(List<EvidenceUpload> Files, List<string> Errors)> ReadEvidenceAsync(
        List<IFormFile> chosenFiles, CancellationToken cancellationToken)
    {
        var files = new List<EvidenceUpload>();
        var errors = new List<string>();
        if (chosenFiles.Count > EvidenceFiles.MaxCount)
        {
            errors.Add(CorrectionMessages.TooManyFiles(chosenFiles.Count));
            return (files, errors);
        }

        foreach (var file in chosenFiles)
        {
            var name = EvidenceFiles.DisplayName(file.FileName);
            if (file.Length > EvidenceFiles.MaxBytes)
            {
                errors.Add(CorrectionMessages.FileTooLarge(name));
                continue;
            }

            var content = new byte[file.Length];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(content, cancellationToken);
            }

            var error = EvidenceFiles.Check(name, content.Length, content, out var type);
            if (error is not null)
            {
                errors.Add(error);
                continue;
            }

            files.Add(new EvidenceUpload(name, type, content));
        }

        return errors.Count > 0 ? ([], errors) : (files, errors);
    }
}

internal static partial class CorrectionPageLog
{
    [LoggerMessage(EventId = 2800, Level = LogLevel.Information, Message = "Correction request for dossier {DossierId} rejected by validation: {ErrorCount} errors")]
    public static partial void RequestInvalid(ILogger logger, long dossierId, int errorCount);
}
