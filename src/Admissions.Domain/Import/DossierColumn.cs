namespace Admissions.Domain.Import;

/// <summary>The columns of the dossier import file, in the order of the sector database's export.</summary>
public enum DossierColumn
{
    NationalId,
    FullName,
    BirthDate,
    Sex,
    BirthRegistrationPlace,
    NativePlace,
    Ethnicity,
    Nationality,
    PermanentResidence,
    CurrentResidence,
    WardCode,
    HouseholdRelation,
    PreschoolCode,
    PreschoolName,
    PreschoolClass,
    FatherName,
    FatherBirthYear,
    FatherPhone,
    MotherName,
    MotherBirthYear,
    MotherPhone,
    GuardianName,
    GuardianPhone,
}

/// <summary>Header names, Vietnamese labels and the required flag of each <see cref="DossierColumn"/>.</summary>
public static class DossierColumns
{
    public static int Count { get; } = Enum.GetValues<DossierColumn>().Length;

    /// <summary>All columns in export order.</summary>
    public static IReadOnlyList<DossierColumn> All { get; } = Enum.GetValues<DossierColumn>();

    /// <summary>The name of the column in the header line of the file, for example <c>ma_dinh_danh</c>.</summary>
    public static string HeaderName(this DossierColumn column) => column switch
    {
        DossierColumn.NationalId => "ma_dinh_danh",
        DossierColumn.FullName => "ho_ten",
        DossierColumn.BirthDate => "ngay_sinh",
        DossierColumn.Sex => "gioi_tinh",
        DossierColumn.BirthRegistrationPlace => "noi_sinh",
        DossierColumn.NativePlace => "que_quan",
        DossierColumn.Ethnicity => "dan_toc",
        DossierColumn.Nationality => "quoc_tich",
        DossierColumn.PermanentResidence => "noi_thuong_tru",
        DossierColumn.CurrentResidence => "noi_o_hien_tai",
        DossierColumn.WardCode => "ma_phuong_xa",
        DossierColumn.HouseholdRelation => "quan_he_chu_ho",
        DossierColumn.PreschoolCode => "ma_truong_mn",
        DossierColumn.PreschoolName => "ten_truong_mn",
        DossierColumn.PreschoolClass => "lop_mn",
        DossierColumn.FatherName => "ho_ten_cha",
        DossierColumn.FatherBirthYear => "nam_sinh_cha",
        DossierColumn.FatherPhone => "sdt_cha",
        DossierColumn.MotherName => "ho_ten_me",
        DossierColumn.MotherBirthYear => "nam_sinh_me",
        DossierColumn.MotherPhone => "sdt_me",
        DossierColumn.GuardianName => "ho_ten_giam_ho",
        DossierColumn.GuardianPhone => "sdt_giam_ho",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    /// <summary>The Vietnamese label of the column, as staff see it in reports.</summary>
    public static string Label(this DossierColumn column) => column switch
    {
        DossierColumn.NationalId => "Mã định danh cá nhân",
        DossierColumn.FullName => "Họ, chữ đệm và tên khai sinh",
        DossierColumn.BirthDate => "Ngày sinh",
        DossierColumn.Sex => "Giới tính",
        DossierColumn.BirthRegistrationPlace => "Nơi đăng ký khai sinh",
        DossierColumn.NativePlace => "Quê quán",
        DossierColumn.Ethnicity => "Dân tộc",
        DossierColumn.Nationality => "Quốc tịch",
        DossierColumn.PermanentResidence => "Nơi thường trú",
        DossierColumn.CurrentResidence => "Nơi ở hiện tại",
        DossierColumn.WardCode => "Mã phường/xã",
        DossierColumn.HouseholdRelation => "Quan hệ với chủ hộ",
        DossierColumn.PreschoolCode => "Mã trường mầm non",
        DossierColumn.PreschoolName => "Tên trường mầm non",
        DossierColumn.PreschoolClass => "Lớp mầm non",
        DossierColumn.FatherName => "Họ tên cha",
        DossierColumn.FatherBirthYear => "Năm sinh của cha",
        DossierColumn.FatherPhone => "Số điện thoại của cha",
        DossierColumn.MotherName => "Họ tên mẹ",
        DossierColumn.MotherBirthYear => "Năm sinh của mẹ",
        DossierColumn.MotherPhone => "Số điện thoại của mẹ",
        DossierColumn.GuardianName => "Họ tên người giám hộ",
        DossierColumn.GuardianPhone => "Số điện thoại của người giám hộ",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    /// <summary>Whether the header must contain the column and every row must fill it.</summary>
    public static bool IsRequired(this DossierColumn column) => column is
        DossierColumn.NationalId or DossierColumn.FullName or DossierColumn.BirthDate or DossierColumn.Sex
        or DossierColumn.CurrentResidence or DossierColumn.WardCode
        or DossierColumn.PreschoolCode or DossierColumn.PreschoolName;

    /// <summary>Finds the column of a header name, ignoring case and surrounding white space.</summary>
    public static bool TryFindByHeaderName(string headerName, out DossierColumn column)
    {
        var trimmed = headerName.Trim();
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.HeaderName(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                column = candidate;
                return true;
            }
        }

        column = default;
        return false;
    }
}
