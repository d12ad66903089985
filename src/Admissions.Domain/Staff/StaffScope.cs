namespace Admissions.Domain.Staff;

/// <summary>What a staff account may see: one preschool, one ward or commune, or the whole city.</summary>
public enum StaffRole
{
    /// <summary>One preschool (<c>trường</c>): its own children.</summary>
    School,

    /// <summary>One ward or commune (<c>phường/xã</c>): the schools located there and the children residing there.</summary>
    Ward,

    /// <summary>The Department of Education and Training (<c>Sở</c>): the whole city.</summary>
    Department,
}

/// <summary>A staff account's role and the code it is limited to (preschool or ward code; none for the Department).</summary>
public sealed record StaffScope(StaffRole Role, string? Code)
{
    public static StaffRole ParseRole(string value) => value switch
    {
        "school" => StaffRole.School,
        "ward" => StaffRole.Ward,
        "department" => StaffRole.Department,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown staff role."),
    };

    public static string RoleToDb(StaffRole role) => role switch
    {
        StaffRole.School => "school",
        StaffRole.Ward => "ward",
        StaffRole.Department => "department",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string RoleToVietnamese(StaffRole role) => role switch
    {
        StaffRole.School => "Trường mầm non",
        StaffRole.Ward => "Phường/Xã",
        StaffRole.Department => "Sở Giáo dục và Đào tạo",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>
    /// Whether this scope covers a dossier of preschool <paramref name="preschoolCode"/> whose child resides in
    /// <paramref name="residenceWardCode"/>, the school itself being located in <paramref name="preschoolWardCode"/>.
    /// </summary>
    public bool Covers(string preschoolCode, string residenceWardCode, string? preschoolWardCode) => Role switch
    {
        StaffRole.Department => true,
        StaffRole.School => string.Equals(Code, preschoolCode, StringComparison.Ordinal),
        StaffRole.Ward => string.Equals(Code, residenceWardCode, StringComparison.Ordinal)
            || string.Equals(Code, preschoolWardCode, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Whether this scope covers a whole preschool located in <paramref name="preschoolWardCode"/>.</summary>
    public bool CoversSchool(string preschoolCode, string? preschoolWardCode) => Role switch
    {
        StaffRole.Department => true,
        StaffRole.School => string.Equals(Code, preschoolCode, StringComparison.Ordinal),
        StaffRole.Ward => string.Equals(Code, preschoolWardCode, StringComparison.Ordinal),
        _ => false,
    };

    public bool CoversWard(string wardCode) => Role switch
    {
        StaffRole.Department => true,
        StaffRole.Ward => string.Equals(Code, wardCode, StringComparison.Ordinal),
        _ => false,
    };
}
