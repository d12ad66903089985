using Dapper;

namespace Admissions.Tests.Infrastructure;

/// <summary>Creates dossiers directly in the test database, so each test owns its rows.</summary>
public static class TestDossiers
{
    private const string InsertSql = """
        INSERT INTO dossiers (national_id, full_name, birth_date, sex, ethnicity, nationality, current_residence, ward_code,
                              preschool_code, preschool_name, preschool_class, father_name, father_phone, mother_name, mother_phone, content_hash)
        VALUES (@NationalId, @FullName, @BirthDate, 'male', 'Kinh', 'Việt Nam', @Residence, '70101063',
                'MN-TEST-01', 'Trường Mầm non Thử Nghiệm', 'Lá 1', 'Nguyễn Văn Bố', '0912345678', 'Trần Thị Mẹ', '0987654321', '\x00')
        RETURNING id
        """;

    public static readonly DateOnly DefaultBirthDate = new(2021, 3, 14);

    public static async Task<(long Id, string NationalId)> CreateAsync(string fullName = "Nguyễn Thử Nghiệm", DateOnly? birthDate = null)
    {
        var nationalId = TestIds.NewCitizenId();
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        var id = await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            NationalId = nationalId,
            FullName = fullName,
            BirthDate = birthDate ?? DefaultBirthDate,
            Residence = "12 Đường Thử, Phường Sài Gòn",
        });
        return (id, nationalId);
    }

    /// <summary>Changes the dossier's data as an import would, making earlier confirmations stale.</summary>
    public static async Task ChangeDataAsync(long dossierId)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            UPDATE dossiers SET current_residence = current_residence || ' (đã sửa)', data_version = data_version + 1,
                   status = CASE WHEN status = 'confirmed' THEN 'changed_awaiting_confirmation' ELSE status END
            WHERE id = @Id
            """,
            new { Id = dossierId });
    }

    public static async Task<int> CountConfirmationsAsync(long dossierId)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM confirmations WHERE dossier_id = @Id", new { Id = dossierId });
    }

    public static async Task<string> StatusAsync(long dossierId)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<string>("SELECT status FROM dossiers WHERE id = @Id", new { Id = dossierId }) ?? "";
    }
}
