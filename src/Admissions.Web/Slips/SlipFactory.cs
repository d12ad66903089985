using System.Globalization;
using Admissions.Data.Dossiers;
using Admissions.Domain.Identity;
using Admissions.Domain.Season;
using Admissions.Domain.Slips;
using Microsoft.Extensions.Options;
using QRCoder;

namespace Admissions.Web.Slips;

/// <summary>Builds the slip of a confirmed dossier: signed token, verification address and QR image.</summary>
public sealed class SlipFactory(SlipTokenSigner signer, IOptions<SeasonOptions> season)
{
    public const string IssuingSystem = "Hệ thống xác nhận thông tin tuyển sinh lớp 1 của Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh";

    /// <summary>Returns the slip, or null when the dossier's current data has no confirmation.</summary>
    public SlipViewModel? Create(DossierSnapshot dossier)
    {
        if (dossier.ConfirmationId is not { } confirmationId || dossier.ConfirmedAt is not { } confirmedAt || dossier.ReceiptCode is null)
        {
            return null;
        }

        var confirmedInstant = new DateTimeOffset(DateTime.SpecifyKind(confirmedAt, DateTimeKind.Utc));
        var url = VerificationUrl(confirmationId, confirmedInstant);

        return new SlipViewModel
        {
            ReceiptCode = dossier.ReceiptCode,
            ChildName = dossier.FullName,
            MaskedPersonalId = PersonalId.FromCanonical(dossier.NationalId).Masked(),
            BirthDate = dossier.BirthDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            PreschoolName = dossier.PreschoolName,
            ConfirmedAt = VietnamTime.Format(confirmedInstant),
            SchoolYearLabel = season.Value.SchoolYearLabel,
            IssuingSystem = IssuingSystem,
            VerificationUrl = url,
            QrPngBase64 = Convert.ToBase64String(RenderQr(url)),
        };
    }

    /// <summary>The token is issued for the confirmation time (whole seconds), so one confirmation always has one token.</summary>
    public string VerificationUrl(long confirmationId, DateTimeOffset confirmedAt)
    {
        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(confirmedAt.ToUnixTimeSeconds());
        var token = signer.Sign(new SlipClaim(confirmationId, issuedAt));
        return $"{season.Value.PublicBaseUrl.TrimEnd('/')}/xac-thuc/{token}";
    }

    private static byte[] RenderQr(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(6);
    }
}
