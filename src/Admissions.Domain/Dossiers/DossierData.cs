using Admissions.Domain.Identity;

namespace Admissions.Domain.Dossiers;

/// <summary>
/// The content of one dossier as the preschools supply it, one property per import column,
/// already normalised (NFC, collapsed spaces, canonical ID and phones).
/// </summary>
public sealed record DossierData
{
    /// <summary><c>ma_dinh_danh</c>.</summary>
    public required PersonalId NationalId { get; init; }

    /// <summary><c>ho_ten</c>.</summary>
    public required string FullName { get; init; }

    /// <summary><c>ngay_sinh</c>.</summary>
    public required DateOnly BirthDate { get; init; }

    /// <summary><c>gioi_tinh</c>.</summary>
    public required Sex Sex { get; init; }

    /// <summary><c>noi_sinh</c>.</summary>
    public string? BirthRegistrationPlace { get; init; }

    /// <summary><c>que_quan</c>.</summary>
    public string? NativePlace { get; init; }

    /// <summary><c>dan_toc</c>: sensitive personal data.</summary>
    public string? Ethnicity { get; init; }

    /// <summary><c>quoc_tich</c>; <c>Việt Nam</c> when the file leaves it empty.</summary>
    public required string Nationality { get; init; }

    /// <summary><c>noi_thuong_tru</c>.</summary>
    public string? PermanentResidence { get; init; }

    /// <summary><c>noi_o_hien_tai</c>.</summary>
    public required string CurrentResidence { get; init; }

    /// <summary><c>ma_phuong_xa</c>: a code of the city's wards and communes.</summary>
    public required string WardCode { get; init; }

    /// <summary><c>quan_he_chu_ho</c>.</summary>
    public string? HouseholdRelation { get; init; }

    /// <summary><c>ma_truong_mn</c>.</summary>
    public required string PreschoolCode { get; init; }

    /// <summary><c>ten_truong_mn</c>.</summary>
    public required string PreschoolName { get; init; }

    /// <summary><c>lop_mn</c>.</summary>
    public string? PreschoolClass { get; init; }

    public string? FatherName { get; init; }

    public int? FatherBirthYear { get; init; }

    /// <summary>Canonical digits only, for example <c>0912345678</c>.</summary>
    public string? FatherPhone { get; init; }

    public string? MotherName { get; init; }

    public int? MotherBirthYear { get; init; }

    public string? MotherPhone { get; init; }

    public string? GuardianName { get; init; }

    public string? GuardianPhone { get; init; }
}
