namespace Admissions.Domain.Season;

/// <summary>The configuration section <c>Season</c>: one school year's admission campaign.</summary>
public sealed class SeasonOptions
{
    public const string SectionName = "Season";

    /// <summary>First calendar year of the school year, for example 2027 for 2027–2028.</summary>
    public int SchoolYearStart { get; set; } = 2027;

    /// <summary>Birth year of children of the usual age: six years before the school year starts.</summary>
    public int NominalBirthYear => SchoolYearStart - 6;

    /// <summary>When parents may start confirming, local time in Asia/Ho_Chi_Minh.</summary>
    public DateTime ConfirmationOpens { get; set; } = new(2027, 4, 1, 0, 0, 0);

    /// <summary>When confirmation closes, local time in Asia/Ho_Chi_Minh.</summary>
    public DateTime ConfirmationCloses { get; set; } = new(2027, 4, 30, 23, 59, 59);

    /// <summary>Public base address used in slip QR codes, without a trailing slash.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Text such as <c>2027–2028</c>.</summary>
    public string SchoolYearLabel => $"{SchoolYearStart}–{SchoolYearStart + 1}";
}
