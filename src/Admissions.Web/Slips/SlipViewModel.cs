namespace Admissions.Web.Slips;

/// <summary>What a printed slip shows; every value is already formatted for display.</summary>
public sealed record SlipViewModel
{
    public required string ReceiptCode { get; init; }

    public required string ChildName { get; init; }

    public required string MaskedPersonalId { get; init; }

    /// <summary><c>dd/MM/yyyy</c>.</summary>
    public required string BirthDate { get; init; }

    public required string PreschoolName { get; init; }

    /// <summary><c>dd/MM/yyyy HH:mm</c>, Vietnam time.</summary>
    public required string ConfirmedAt { get; init; }

    public required string SchoolYearLabel { get; init; }

    public required string IssuingSystem { get; init; }

    /// <summary>ASCII address that the QR code holds: the public verification page with the signed token.</summary>
    public required string VerificationUrl { get; init; }

    public required string QrPngBase64 { get; init; }
}
