using Admissions.Domain.Slips;
using Admissions.Tests.Infrastructure;
using Dapper;

namespace Admissions.Tests.Slips;

/// <summary>One dossier to create for a test school: its class, status and whether its current data has a confirmation.</summary>
public sealed record TestSlipDossier(string FullName, string? ClassName, string Status = "confirmed", bool Confirmed = true);

/// <summary>A preschool made for one test, so that counts of its slips never include another test's dossiers.</summary>
public sealed record TestSchool(string Code, string Name, string WardCode, IReadOnlyList<long> DossierIds);

/// <summary>Creates a preschool with dossiers and confirmations directly in the test database.</summary>
public static class SlipTestSchools
{
    /// <summary>Phường Sài Gòn, where the test schools are located and their children reside.</summary>
    public const string WardCode = "70101063";

    /// <summary>Phường Tân Định, a ward that covers none of the test schools.</summary>
    public const string OtherWardCode = "70101064";

    // The three statements commit one by one. The triggers of dossiers and confirmations update shared counter rows,
    // and one transaction that wrote both tables could deadlock with a parent's confirmation, which writes them in
    // the other order.
    private const string InsertDossiersSql = """
        INSERT INTO dossiers (national_id, full_name, birth_date, sex, nationality, current_residence, ward_code,
                              preschool_code, preschool_name, preschool_class, content_hash, status)
        SELECT national_id, full_name, DATE '2021-03-14', 'female', 'Việt Nam', '5 Đường Thử, Phường Sài Gòn', @WardCode,
               @Code, @Name, preschool_class, '\x00', status
        FROM unnest(@NationalIds::text[], @Names::text[], @Classes::text[], @Statuses::text[])
            AS t(national_id, full_name, preschool_class, status)
        RETURNING national_id, id
        """;

    private const string InsertConfirmationsSql = """
        INSERT INTO confirmations (dossier_id, data_version, receipt_code)
        SELECT dossier_id, 1, receipt_code
        FROM unnest(@DossierIds::bigint[], @ReceiptCodes::text[]) AS t(dossier_id, receipt_code)
        WHERE receipt_code IS NOT NULL
        """;

    private const string InsertPreschoolSql = """
        INSERT INTO preschools (code, name, ward_code) VALUES (@Code, @Name, @WardCode) ON CONFLICT (code) DO NOTHING
        """;

    public static async Task<TestSchool> CreateAsync(IReadOnlyList<TestSlipDossier> dossiers)
    {
        var code = "T-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var name = $"Trường Mầm non Thử In {code[2..6]}";
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();

        var nationalIds = dossiers.Select(_ => TestIds.NewCitizenId(female: true)).ToArray();
        var inserted = await connection.QueryAsync<(string NationalId, long Id)>(InsertDossiersSql, new
        {
            Code = code,
            Name = name,
            WardCode,
            NationalIds = nationalIds,
            Names = dossiers.Select(dossier => dossier.FullName).ToArray(),
            Classes = dossiers.Select(dossier => dossier.ClassName).ToArray(),
            Statuses = dossiers.Select(dossier => dossier.Status).ToArray(),
        });
        var idByNationalId = inserted.ToDictionary(row => row.NationalId, row => row.Id);
        var ids = nationalIds.Select(nationalId => idByNationalId[nationalId]).ToList();

        await connection.ExecuteAsync(InsertConfirmationsSql, new
        {
            DossierIds = ids.ToArray(),
            ReceiptCodes = dossiers.Select(dossier => dossier.Confirmed ? ReceiptCode.New(2027) : null).ToArray(),
        });
        await connection.ExecuteAsync(InsertPreschoolSql, new { Code = code, Name = name, WardCode });
        return new TestSchool(code, name, WardCode, ids);
    }

    /// <summary>Creates a school whose <paramref name="count"/> dossiers are all confirmed, in class Lá 1.</summary>
    public static Task<TestSchool> CreateConfirmedAsync(int count) =>
        CreateAsync(Enumerable.Range(1, count).Select(i => new TestSlipDossier($"Lê Thị Phiếu {i:D3}", "Lá 1")).ToList());
}
