using Admissions.Domain.Dossiers;

namespace Admissions.Domain.Reporting;

/// <summary>Dossier counts per status of one school, one ward or the whole city.</summary>
public sealed record StatusCounts
{
    public static readonly StatusCounts Empty = new();

    public long NotLookedUp { get; init; }

    public long LookedUp { get; init; }

    public long Confirmed { get; init; }

    public long CorrectionRequested { get; init; }

    public long ChangedAwaitingConfirmation { get; init; }

    public long AcceptedAtDeadline { get; init; }

    public long Total => NotLookedUp + LookedUp + Confirmed + CorrectionRequested + ChangedAwaitingConfirmation + AcceptedAtDeadline;

    /// <summary>Dossiers whose data counts as confirmed: confirmed by the parent or accepted when the window closed.</summary>
    public long Settled => Confirmed + AcceptedAtDeadline;

    /// <summary>
    /// The confirmation rate <see cref="Settled"/> / <see cref="Total"/> in percent, rounded to two decimals, or null
    /// when there is no dossier. A rate that is neither complete nor zero stays between 0,01% and 99,99%, so that
    /// rounding never shows an unfinished school at 100% or a started one at 0%.
    /// </summary>
    public decimal? RatePercent
    {
        get
        {
            if (Total == 0)
            {
                return null;
            }

            var rounded = Math.Round(Settled * 100m / Total, 2, MidpointRounding.AwayFromZero);
            return Settled == Total || Settled == 0 ? rounded : Math.Clamp(rounded, 0.01m, 99.99m);
        }
    }

    public long Count(DossierStatus status) => status switch
    {
        DossierStatus.NotLookedUp => NotLookedUp,
        DossierStatus.LookedUp => LookedUp,
        DossierStatus.Confirmed => Confirmed,
        DossierStatus.CorrectionRequested => CorrectionRequested,
        DossierStatus.ChangedAwaitingConfirmation => ChangedAwaitingConfirmation,
        DossierStatus.AcceptedAtDeadline => AcceptedAtDeadline,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
