using Admissions.Tests.Infrastructure;
using Dapper;

namespace Admissions.Tests.Staff;

/// <summary>Dossiers of schools that only one test uses, written by SQL, and the reporting functions they rely on.</summary>
public static class ReportingTestData
{
    private const string InsertSql = """
        INSERT INTO dossiers (national_id, full_name, birth_date, sex, ethnicity, nationality, current_residence, ward_code,
                              preschool_code, preschool_name, preschool_class, father_name, father_phone, mother_name, mother_phone,
                              guardian_phone, content_hash, status)
        VALUES (@NationalId, @FullName, @BirthDate, 'female', 'Hoa', 'Việt Nam', '5 Đường Thử', @WardCode,
                @SchoolCode, @SchoolName, @PreschoolClass, 'Phạm Văn Cha', @FatherPhone, 'Lý Thị Mẹ', '0987654321',
                NULL, '\x00', @Status)
        RETURNING id
        """;

    private const string ConfirmSql = """
        INSERT INTO confirmations (dossier_id, data_version, confirmed_at, receipt_code)
        SELECT id, data_version, @At, @ReceiptCode FROM dossiers WHERE id = @Id;
        UPDATE dossiers SET status = 'confirmed', status_changed_at = @At WHERE id = @Id;
        """;

    /// <summary>A preschool code no other test uses: <c>T</c> and 12 hexadecimal digits.</summary>
    public static string NewSchoolCode() => "T" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    /// <summary>Two different ward codes from the reference list, chosen at random.</summary>
    public static async Task<(string First, string Second)> TwoWardsAsync()
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        var codes = (await connection.QueryAsync<string>("SELECT code FROM wards ORDER BY random() LIMIT 2")).ToList();
        return (codes[0], codes[1]);
    }

    public static async Task<long> InsertAsync(
        string schoolCode,
        string wardCode,
        string status = "not_looked_up",
        string fullName = "Nguyễn Thị Thử",
        string? preschoolClass = "Lá 1",
        string schoolName = "Trường Mầm non Thử Báo Cáo",
        string fatherPhone = "0912345678")
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            NationalId = TestIds.NewCitizenId(female: true),
            FullName = fullName,
            BirthDate = new DateTime(2021, 5, 20),
            WardCode = wardCode,
            SchoolCode = schoolCode,
            SchoolName = schoolName,
            PreschoolClass = preschoolClass,
            FatherPhone = fatherPhone,
            Status = status,
        });
    }

    /// <summary>Records a confirmation at <paramref name="at"/> and marks the dossier confirmed, as the confirmation flow does.</summary>
    public static async Task ConfirmAsync(long dossierId, DateTimeOffset at)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(ConfirmSql, new { Id = dossierId, At = at.UtcDateTime, ReceiptCode = "TEST-" + Guid.NewGuid().ToString("N")[..12] });
    }

    public static async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    public static async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    public static Task RefreshPreschoolsAsync() => ExecuteAsync("SELECT refresh_preschools()");
}
