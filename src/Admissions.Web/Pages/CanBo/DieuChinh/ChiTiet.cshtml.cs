using System.Globalization;
using Admissions.Data.Corrections;
using Admissions.Data.Dossiers;
using Admissions.Data.Staff;
using Admissions.Domain.Corrections;
using Admissions.Domain.Import;
using Admissions.Domain.Staff;
using Admissions.Domain.Text;
using Admissions.Web.Pages.HoSo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Admissions.Web.Pages.CanBo.DieuChinh;

/// <summary>
/// One correction request: current and proposed values side by side, the evidence, and the approve and reject
/// actions. A request outside the account's scope returns 404, like one that does not exist.
/// </summary>
public sealed class ChiTietModel(
    CorrectionRepository corrections,
    CorrectionService decisions,
    DossierRepository dossiers,
    StaffAuditRepository audit) : StaffPageModel
{
    public CorrectionDetail Correction { get; private set; } = default!;

    public DossierSnapshot Dossier { get; private set; } = default!;

    /// <summary>The outcome of the action just taken, shown above the request.</summary>
    public string? SuccessMessage { get; private set; }

    public string? ErrorMessage { get; private set; }

    /// <summary>The data version of the dossier when the staff member opened the page, so that approval applies to what they compared.</summary>
    [BindProperty]
    public int DataVersion { get; set; }

    [BindProperty]
    public string? ApprovalNote { get; set; }

    [BindProperty]
    public string? RejectionReason { get; set; }

    public bool IsOpen => Correction.StatusValue == CorrectionStatus.Open;

    /// <summary>Whether the account may see the full phones and the ethnicity: only the child's school.</summary>
    public bool SeesSensitiveFields => Staff.Scope.Role == StaffRole.School;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return OutOfScope();
        }

        await RecordViewAsync($"viewed correction request {Number(id)}", cancellationToken);
        return Page();
    }

    /// <summary>Serves one evidence file with the type detected at upload; images inline, PDFs as a download.</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(long id, long fileId, CancellationToken cancellationToken)
    {
        var evidence = await corrections.FindEvidenceAsync(id, fileId, cancellationToken);
        if (evidence is null || !Staff.Scope.Covers(evidence.PreschoolCode, evidence.WardCode, evidence.PreschoolWardCode))
        {
            return OutOfScope();
        }

        await audit.RecordAsync(
            Staff.AccountId, StaffAuditActions.ViewDossier, evidence.DossierId,
            $"viewed evidence file {Number(fileId)} of correction request {Number(id)}", cancellationToken);

        var disposition = new ContentDispositionHeaderValue(evidence.Type.IsImage() ? "inline" : "attachment");
        disposition.SetHttpFileName($"minh-chung-{Number(id)}-{Number(evidence.Position)}{evidence.Type.Extension()}");
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return File(evidence.Content, evidence.Type.ContentType());
    }

    public async Task<IActionResult> OnPostApproveAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return OutOfScope();
        }

        var note = TextNormalizer.NormalizeOptional(ApprovalNote);
        if (note is { Length: > CorrectionValueRules.MaxNoteLength })
        {
            ErrorMessage = $"Ghi chú dài quá {Number(CorrectionValueRules.MaxNoteLength)} ký tự. Xin ghi ngắn gọn hơn.";
            return Page();
        }

        var outcome = await decisions.ApproveAsync(id, Staff.AccountId, DataVersion, note, cancellationToken);
        return await ShowOutcomeAsync(id, outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostRejectAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return OutOfScope();
        }

        var reason = TextNormalizer.NormalizeOptional(RejectionReason);
        if (reason is null)
        {
            ErrorMessage = "Xin ghi lý do không chấp thuận. Lý do này được hiển thị cho cha mẹ học sinh trên trang hồ sơ.";
            return Page();
        }

        if (reason.Length > CorrectionValueRules.MaxNoteLength)
        {
            ErrorMessage = $"Lý do dài quá {Number(CorrectionValueRules.MaxNoteLength)} ký tự. Xin ghi ngắn gọn hơn.";
            return Page();
        }

        var outcome = await decisions.RejectAsync(id, Staff.AccountId, reason, cancellationToken);
        return await ShowOutcomeAsync(id, outcome, cancellationToken);
    }

    /// <summary>
    /// The value as this account may see it: dates as dd/MM/yyyy and sex as Nam or Nữ; phones masked and the
    /// ethnicity withheld unless the account is the child's school.
    /// </summary>
    public string Show(DossierColumn column, string? value)
    {
        if (column == DossierColumn.Ethnicity && !SeesSensitiveFields && !string.IsNullOrEmpty(value))
        {
            return "(chỉ trường mầm non của trẻ được xem)";
        }

        if (CorrectableFields.IsPhone(column) && !SeesSensitiveFields)
        {
            return DisplayFormat.OrDash(DisplayFormat.MaskPhone(value));
        }

        return DossierFieldValues.Display(column, value);
    }

    /// <summary>The values on the left of the comparison: before an approval, otherwise the dossier's current values.</summary>
    public IReadOnlyDictionary<DossierColumn, string> ValuesBefore()
    {
        if (Correction.StatusValue == CorrectionStatus.Approved)
        {
            return CorrectionJson.ReadValues(Correction.ValuesBeforeJson);
        }

        var current = Dossier.ToDossierData();
        return Correction.Proposed.Keys.ToDictionary(column => column, column => DossierFieldValues.Read(current, column) ?? "");
    }

    /// <summary>The values on the right of the comparison: after an approval, otherwise the proposed values.</summary>
    public IReadOnlyDictionary<DossierColumn, string> ValuesAfter() =>
        Correction.StatusValue == CorrectionStatus.Approved ? CorrectionJson.ReadValues(Correction.ValuesAfterJson) : Correction.Proposed;

    private async Task<IActionResult> ShowOutcomeAsync(long id, DecisionOutcome outcome, CancellationToken cancellationToken)
    {
        switch (outcome.Kind)
        {
            case DecisionResultKind.Approved:
                SuccessMessage = "Đã chấp thuận đề nghị và cập nhật hồ sơ. Cha mẹ học sinh cần xác nhận lại thông tin; phiếu xác nhận cũ (nếu có) không còn là phiếu hiện hành.";
                break;
            case DecisionResultKind.Rejected:
                SuccessMessage = "Đã ghi nhận không chấp thuận đề nghị. Cha mẹ học sinh sẽ thấy lý do trên trang hồ sơ, và hồ sơ trở lại trạng thái trước khi có đề nghị.";
                break;
            case DecisionResultKind.AlreadyDecided:
                ErrorMessage = "Đề nghị này đã được xử lý trước đó nên thao tác vừa rồi không được thực hiện. Kết quả xử lý được ghi dưới đây.";
                break;
            case DecisionResultKind.VersionChanged:
                ErrorMessage = "Dữ liệu hồ sơ vừa thay đổi sau khi trang này được mở nên hồ sơ chưa được cập nhật. Xin xem lại phần so sánh dưới đây rồi quyết định lại.";
                break;
            default:
                return OutOfScope();
        }

        return await LoadAsync(id, cancellationToken) ? Page() : OutOfScope();
    }

    /// <summary>Loads the request and its dossier; false when either is missing or outside the account's scope.</summary>
    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var request = await corrections.FindAsync(id, cancellationToken);
        if (request is null || !Staff.Scope.Covers(request.PreschoolCode, request.WardCode, request.PreschoolWardCode))
        {
            return false;
        }

        var dossier = await dossiers.FindByIdAsync(request.DossierId, cancellationToken);
        if (dossier is null)
        {
            return false;
        }

        Correction = request;
        Dossier = dossier;
        return true;
    }

    private Task RecordViewAsync(string detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(Staff.AccountId, StaffAuditActions.ViewDossier, Correction.DossierId, detail, cancellationToken);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
