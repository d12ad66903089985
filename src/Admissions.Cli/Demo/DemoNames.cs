namespace Admissions.Cli.Demo;

/// <summary>
/// Vietnamese name parts for invented demo people. Surname weights are rough percentages, an estimate of
/// national shares: Nguyễn about a third, then Trần, Lê and Phạm. Huỳnh and Võ, common in the South,
/// outweigh Hoàng and Vũ. The other lists are drawn uniformly.
/// </summary>
internal static class DemoNames
{
    public static WeightedChoice<string> Surnames { get; } = new(
    [
        ("Nguyễn", 31), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Huỳnh", 3.3), ("Hoàng", 1.8),
        ("Phan", 4.5), ("Võ", 2.6), ("Vũ", 1.3), ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3),
        ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5), ("Trương", 1.5), ("Đinh", 1.2), ("Lâm", 1.2), ("Mai", 1),
        ("Đoàn", 1), ("Lương", 0.9), ("Trịnh", 0.9), ("Lưu", 0.8), ("Cao", 0.8), ("Châu", 0.7), ("Tô", 0.7),
        ("Thái", 0.7), ("Hà", 0.8), ("Tạ", 0.6), ("La", 0.5), ("Quách", 0.5), ("Phùng", 0.5), ("Tăng", 0.5),
        ("Diệp", 0.4), ("Hứa", 0.5), ("Kiều", 0.3), ("Từ", 0.4), ("Văn", 0.4), ("Âu", 0.3), ("Lục", 0.2),
        ("Thạch", 0.4), ("Kim", 0.3), ("Chung", 0.3),
    ]);

    public static string[] BoyMiddleNames { get; } =
    [
        "Minh", "Gia", "Hoàng", "Anh", "Quốc", "Đức", "Bảo", "Nhật", "Thành", "Tuấn", "Khánh", "Đăng", "Hữu",
        "Trung", "Thiên", "Phúc", "Duy", "Thanh", "Văn", "Công", "Tấn", "Hải", "Nguyên", "Trọng", "Quang", "Tiến",
    ];

    public static string[] GirlMiddleNames { get; } =
    [
        "Ngọc", "Bảo", "Khánh", "Minh", "Gia", "Phương", "Thảo", "Thanh", "Mai", "Anh", "Quỳnh", "Thu", "Kim",
        "Diệu", "Hà", "Tường", "Thiên", "Tuệ", "Như", "Hoài", "Yến", "Ngân", "Thị", "Hồng", "Cát", "Bích", "Lan",
    ];

    public static string[] BoyGivenNames { get; } =
    [
        "Khang", "Huy", "Phúc", "Bảo", "Nam", "Minh", "Khôi", "Long", "Quân", "Phong", "An", "Duy", "Đăng",
        "Khoa", "Lâm", "Kiên", "Nhật", "Thịnh", "Tín", "Trí", "Vinh", "Hưng", "Hải", "Sơn", "Tùng", "Dũng",
        "Hiếu", "Tuấn", "Khải", "Nguyên", "Thành", "Phát", "Tài", "Lộc", "Đạt", "Hoàng", "Toàn", "Việt",
        "Kiệt", "Vũ", "Hậu", "Thiện", "Quang", "Anh", "Tâm", "Hào", "Luân", "Thắng",
    ];

    public static string[] GirlGivenNames { get; } =
    [
        "Hân", "Linh", "Ngọc", "My", "Anh", "Vy", "Nhi", "Thư", "Chi", "Trâm", "An", "Khuê", "Như", "Hà",
        "Ngân", "Trang", "Thảo", "Quyên", "Yến", "Tiên", "Uyên", "Diệp", "Nhiên", "Lam", "Hương", "Giang",
        "Châu", "Mai", "Phương", "Hạnh", "Hoa", "Thy", "Tú", "Hằng", "Loan", "Nhung", "Vân", "Oanh", "Quỳnh",
        "Thùy", "Thuỷ", "Hoà", "Tuyết", "Hiền",
    ];

    public static string[] FatherMiddleNames { get; } =
    [
        "Văn", "Văn", "Văn", "Minh", "Quốc", "Hữu", "Đức", "Thanh", "Công", "Tấn", "Hoàng", "Ngọc", "Trọng",
        "Thành", "Xuân", "Anh", "Quang",
    ];

    public static string[] FatherGivenNames { get; } =
    [
        "Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Sơn", "Thắng", "Long", "Minh", "Phong", "Tâm", "Quang", "Bình",
        "Trung", "Hiếu", "Toàn", "Lợi", "Phước", "Tài", "Thịnh", "Lâm", "Hòa", "Cường", "Vinh", "Khoa", "Hưng",
        "Đức", "Hoàng", "Tú", "Phúc", "Thông", "Nhân",
    ];

    public static string[] MotherMiddleNames { get; } =
    [
        "Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Hồng", "Bích", "Phương", "Diễm",
        "Thúy", "Minh", "Hoài", "Thùy",
    ];

    public static string[] MotherGivenNames { get; } =
    [
        "Lan", "Hương", "Hằng", "Mai", "Hoa", "Thảo", "Trang", "Linh", "Ngọc", "Nga", "Hạnh", "Dung", "Phương",
        "Loan", "Nhung", "Thủy", "Vân", "Yến", "Tuyết", "Hiền", "Trinh", "Thư", "Uyên", "Diệu", "Quyên", "Oanh",
        "Tâm", "Huyền", "Ngân", "Liên",
    ];

    /// <summary>Given names of the grandparents who act as guardians; older people often carry a birth-order name.</summary>
    public static string[] GuardianGivenNames { get; } =
    [
        "Bảy", "Tám", "Sáu", "Năm", "Ba", "Tư", "Chín", "Mười", "Hai", "Út",
    ];

    public static WeightedChoice<string> Ethnicities { get; } = new(
    [
        ("Kinh", 92), ("Hoa", 5), ("Khmer", 1.3), ("Chăm", 0.4), ("Tày", 0.3), ("Nùng", 0.3), ("Mường", 0.2),
        ("Thái", 0.2), ("Ê Đê", 0.1), ("Xtiêng", 0.1), ("Chơ Ro", 0.1),
    ]);

    public static WeightedChoice<string> HouseholdRelations { get; } = new(
    [
        ("Con", 85), ("Cháu", 6), ("Cháu nội", 4), ("Cháu ngoại", 4), ("Con nuôi", 0.5),
    ]);

    public static string[] Streets { get; } =
    [
        "Lê Lợi", "Nguyễn Huệ", "Hai Bà Trưng", "Lý Thường Kiệt", "Trần Hưng Đạo", "Nguyễn Trãi",
        "Cách Mạng Tháng Tám", "Điện Biên Phủ", "Võ Văn Tần", "Nam Kỳ Khởi Nghĩa", "Pasteur",
        "Nguyễn Thị Minh Khai", "Lê Văn Sỹ", "Phan Xích Long", "Hoàng Văn Thụ", "Cộng Hòa", "Trường Chinh",
        "Quang Trung", "Nguyễn Oanh", "Phan Văn Trị", "Lê Đức Thọ", "Nguyễn Văn Linh", "Huỳnh Tấn Phát",
        "Nguyễn Duy Trinh", "Võ Văn Ngân", "Kha Vạn Cân", "Tỉnh lộ 10", "Kinh Dương Vương", "Hậu Giang",
        "Hồng Bàng", "Âu Cơ", "Lạc Long Quân", "Lũy Bán Bích", "Tân Kỳ Tân Quý", "Quốc lộ 13", "Quốc lộ 22",
        "Đại lộ Bình Dương", "Thống Nhất", "Bạch Đằng", "Nguyễn An Ninh", "Phạm Văn Đồng", "Lê Văn Việt",
        "Nguyễn Xiển", "Tô Ký", "Nguyễn Ảnh Thủ", "Hương lộ 2", "Bà Hom", "Phan Huy Ích", "Nguyễn Kiệm",
    ];

    /// <summary>Words after "Trường Mầm non": flowers, birds and the like, as preschools in the city are named.</summary>
    public static string[] PreschoolNames { get; } =
    [
        "Hoa Sen", "Hoa Mai", "Hoa Hồng", "Hoa Cúc", "Hoa Lan", "Hoa Phượng", "Hoa Sữa", "Hoa Hướng Dương",
        "Hoa Thiên Lý", "Hoa Anh Đào", "Hoa Đào", "Hoa Quỳnh", "Hoa Ban", "Sơn Ca", "Họa Mi", "Vành Khuyên",
        "Chim Non", "Chích Bông", "Bồ Câu", "Thiên Nga", "Sáo Sậu", "Hải Âu", "Tuổi Thơ", "Tuổi Ngọc",
        "Măng Non", "Búp Bê", "Thỏ Ngọc", "Sao Mai", "Ánh Dương", "Rạng Đông", "Bình Minh", "Bé Ngoan",
        "Hồng Ngọc", "Thủy Tiên", "Tường Vi", "Bông Sen", "Ngôi Sao", "Cầu Vồng", "Mầm Xanh", "Trúc Xanh",
        "Lá Xanh", "Vườn Hồng", "Ngọc Lan", "Cẩm Tú Cầu", "Hoa Mười Giờ", "Hoa Dừa", "Măng Tre", "Sóc Nâu",
    ];
}
