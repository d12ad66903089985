using Admissions.Data.Dossiers;
using Admissions.Data.Lookup;
using Admissions.Domain.Corrections;
using Admissions.Domain.Dossiers;
using Admissions.Domain.Season;
using Admissions.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Admissions.Web.Pages.HoSo;

/// <summary>The dossier page: every field of the dossier, and the confirmation form.</summary>
public sealed class IndexModel(
    DossierLookupService lookup,
    ConfirmationService confirmations,
    IOptions<SeasonOptions> season,
    TimeProvider timeProvider,
    ILogger<IndexModel> logger) : ParentPageModel(lookup)
{
    public DossierSnapshot Dossier { get; private set; } = default!;

    public ConfirmationWindowState WindowState { get; private set; }

    public string WindowMessage { get; private set; } = "";

    /// <summary>The checkbox "Tôi đã kiểm tra và xác nhận các thông tin trên là chính xác".</summary>
    [BindProperty]
    public bool Agreed { get; set; }

    /// <summary>The data version the parent was shown, so that a confirmation never covers data they did not see.</summary>
    [BindProperty]
    public int DataVersion { get; set; }

    public string? ConfirmError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        return await LoadAsync(cancellationToken) ? Page() : RedirectToPage("/Index");
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return RedirectToPage("/Index");
        }

        if (WindowState != ConfirmationWindowState.Open)
        {
            WebLog.ConfirmationOutsideWindow(logger, Dossier.Id);
            ConfirmError = WindowMessage;
            return Page();
        }

        if (!Agreed)
        {
            ConfirmError = "Xin đánh dấu vào ô “Tôi đã kiểm tra và xác nhận các thông tin trên là chính xác” trước khi bấm Xác nhận.";
            return Page();
        }

        var outcome = await confirmations.ConfirmAsync(Dossier.Id, SessionIdHash, DataVersion, season.Value.SchoolYearStart, cancellationToken);
        switch (outcome.Kind)
        {
            case ConfirmationResultKind.Confirmed:
            case ConfirmationResultKind.AlreadyConfirmed:
                return RedirectToPage();

            case ConfirmationResultKind.VersionChanged:
                await LoadAsync(cancellationToken);
                ConfirmError = "Thông tin hồ sơ vừa được nhà trường cập nhật. Xin kiểm tra lại các thông tin dưới đây rồi xác nhận.";
                return Page();

            case ConfirmationResultKind.NotAllowed:
                ConfirmError = "Hồ sơ đang chờ nhà trường xử lý đề nghị điều chỉnh nên chưa thể xác nhận.";
                return Page();

            default:
                await ParentSession.SignOutAsync(HttpContext);
                return RedirectToPage("/Index");
        }
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await ParentSession.SignOutAsync(HttpContext);
        return RedirectToPage("/Index");
    }

    public bool CanConfirm => WindowState == ConfirmationWindowState.Open && Dossier.ConfirmationId is null && Dossier.StatusValue.CanConfirm();

    /// <summary>Whether the page offers the link to the correction request form.</summary>
    public bool CanRequestCorrection => WindowState != ConfirmationWindowState.Closed && Dossier.StatusValue.CanRequest();

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var dossier = await LoadDossierAsync(cancellationToken);
        if (dossier is null)
        {
            return false;
        }

        Dossier = dossier;
        WindowState = ConfirmationWindow.StateAt(season.Value, timeProvider.GetUtcNow());
        WindowMessage = ConfirmationWindow.Describe(season.Value, WindowState);
        return true;
    }
}
