using System.Text;
using Admissions.Data.Import;
using Admissions.Domain.Import;
using Admissions.Domain.Season;
using Admissions.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace Admissions.Tests.Import;

/// <summary>One row of an import file for a test: valid by default, with a unique ID from <see cref="TestIds"/>.</summary>
public sealed class TestDossierRow
{
    private readonly Dictionary<DossierColumn, string?> cells;

    public TestDossierRow(bool female = false)
    {
        cells = new Dictionary<DossierColumn, string?>
        {
            [DossierColumn.NationalId] = TestIds.NewCitizenId(female),
            [DossierColumn.FullName] = female ? "Nguyễn Thị Thử" : "Nguyễn Văn Thử",
            [DossierColumn.BirthDate] = "15/06/2021",
            [DossierColumn.Sex] = female ? "Nữ" : "Nam",
            [DossierColumn.BirthRegistrationPlace] = "Hồ Chí Minh",
            [DossierColumn.Ethnicity] = "Kinh",
            [DossierColumn.Nationality] = "Việt Nam",
            [DossierColumn.CurrentResidence] = "1 Lê Lợi, Phường Sài Gòn",
            [DossierColumn.WardCode] = "70101063",
            [DossierColumn.HouseholdRelation] = "Con",
            [DossierColumn.PreschoolCode] = "MN-SG-01",
            [DossierColumn.PreschoolName] = "Trường Mầm non Hoa Sen",
            [DossierColumn.PreschoolClass] = "Lá 1",
            [DossierColumn.FatherName] = "Nguyễn Văn Cha",
            [DossierColumn.FatherBirthYear] = "1988",
            [DossierColumn.FatherPhone] = "0912345678",
            [DossierColumn.MotherName] = "Trần Thị Mẹ",
            [DossierColumn.MotherBirthYear] = "1990",
            [DossierColumn.MotherPhone] = "0987654321",
        };
    }

    public string NationalId => cells[DossierColumn.NationalId]!;

    public string? this[DossierColumn column] => cells.GetValueOrDefault(column);

    /// <summary>Sets a cell and returns the row, for chaining.</summary>
    public TestDossierRow With(DossierColumn column, string? value)
    {
        cells[column] = value;
        return this;
    }

    public DossierRecord ToRecord()
    {
        var record = new DossierRecord();
        foreach (var (column, value) in cells)
        {
            record[column] = value;
        }

        return record;
    }
}

/// <summary>Builds import files as text, quoting fields as RFC 4180 requires.</summary>
public static class TestImportFiles
{
    public static string Header(IEnumerable<DossierColumn>? columns = null) =>
        string.Join(',', (columns ?? DossierColumns.All).Select(column => column.HeaderName()));

    public static string Line(TestDossierRow row, IEnumerable<DossierColumn>? columns = null) =>
        string.Join(',', (columns ?? DossierColumns.All).Select(column => Quote(row[column])));

    public static string Csv(IEnumerable<TestDossierRow> rows, string newLine = "\r\n", IReadOnlyList<DossierColumn>? columns = null)
    {
        var text = new StringBuilder();
        text.Append(Header(columns)).Append(newLine);
        foreach (var row in rows)
        {
            text.Append(Line(row, columns)).Append(newLine);
        }

        return text.ToString();
    }

    public static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}

/// <summary>The season of the reference file and the validator built from the shared reference lists.</summary>
public static class TestValidators
{
    public static SeasonOptions Season { get; } = new() { SchoolYearStart = 2027 };

    public static DossierRowValidator Default { get; } =
        DossierRowValidator.FromReferenceFiles(TestEnvironment.ProvinceCodesPath, TestEnvironment.WardsPath, Season);
}

/// <summary>A dossier row as stored, read back for assertions.</summary>
public sealed class StoredDossier
{
    public long Id { get; init; }

    public string NationalId { get; init; } = "";

    public string FullName { get; init; } = "";

    /// <summary>ISO form, <c>yyyy-MM-dd</c>.</summary>
    public string BirthDate { get; init; } = "";

    public string Sex { get; init; } = "";

    public string Nationality { get; init; } = "";

    public string CurrentResidence { get; init; } = "";

    public string PreschoolName { get; init; } = "";

    public string? FatherName { get; init; }

    public int? FatherBirthYear { get; init; }

    public string? FatherPhone { get; init; }

    public string? MotherPhone { get; init; }

    public string? GuardianPhone { get; init; }

    public string[] Warnings { get; init; } = [];

    public int DataVersion { get; init; }

    public string Status { get; init; } = "";
}

/// <summary>
/// A temporary folder for one test's files, the importer on the test database, and queries that read the
/// stored rows back. Deletes the folder when disposed.
/// </summary>
public sealed class ImportTestContext : IDisposable
{
    private const string FindSql = """
        SELECT id AS Id, national_id AS NationalId, full_name AS FullName, birth_date::text AS BirthDate, sex AS Sex,
               nationality AS Nationality, current_residence AS CurrentResidence, preschool_name AS PreschoolName,
               father_name AS FatherName, father_birth_year AS FatherBirthYear, father_phone AS FatherPhone,
               mother_phone AS MotherPhone, guardian_phone AS GuardianPhone, warnings AS Warnings,
               data_version AS DataVersion, status AS Status
        FROM dossiers
        WHERE national_id = @NationalId
        """;

    public ImportTestContext()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("admissions-import-tests-").FullName;
        Importer = new DossierImporter(TestEnvironment.DataSource, TestValidators.Default, NullLogger<DossierImporter>.Instance);
    }

    public string Directory { get; }

    public DossierImporter Importer { get; }

    public string WriteFile(string text, string name = "dossiers.csv", bool byteOrderMark = true) =>
        WriteBytes(new UTF8Encoding(byteOrderMark).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(), name);

    public string WriteBytes(byte[] bytes, string name = "dossiers.csv")
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string ReportPathFor(string csvPath) => csvPath + ".report.csv";

    public Task<ImportOutcome> ImportAsync(string csvPath) => Importer.ImportAsync(csvPath, ReportPathFor(csvPath));

    /// <summary>Imports a file that must be processed, and returns the counts.</summary>
    public async Task<ImportCompleted> ImportCompletedAsync(string csvPath)
    {
        var outcome = await ImportAsync(csvPath);
        return Assert.IsType<ImportCompleted>(outcome);
    }

    public async Task<ImportCompleted> ImportRowsAsync(params TestDossierRow[] rows) =>
        await ImportCompletedAsync(WriteFile(TestImportFiles.Csv(rows), $"rows-{Guid.NewGuid():N}.csv"));

    public static async Task<StoredDossier?> FindStoredAsync(string nationalId)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<StoredDossier>(FindSql, new { NationalId = nationalId });
    }

    public static async Task<T> ScalarAsync<T>(string sql, object parameters)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException("The query returned no value.");
    }

    public static async Task ExecuteAsync(string sql, object parameters)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
