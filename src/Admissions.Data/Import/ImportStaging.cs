using Admissions.Domain.Dossiers;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Admissions.Data.Import;

/// <summary>
/// The temporary table that receives the valid rows of one import through binary COPY, before
/// <see cref="DossierMerge"/> applies them to <c>dossiers</c> in set-based statements. It lives in the
/// import's transaction and is dropped at commit or rollback.
/// </summary>
internal static class ImportStaging
{
    private const string CreateSql = """
        CREATE TEMPORARY TABLE import_staging (
            national_id text NOT NULL,
            full_name text NOT NULL,
            birth_date date NOT NULL,
            sex text NOT NULL,
            birth_registration_place text,
            native_place text,
            ethnicity text,
            nationality text NOT NULL,
            permanent_residence text,
            current_residence text NOT NULL,
            ward_code text NOT NULL,
            household_relation text,
            preschool_code text NOT NULL,
            preschool_name text NOT NULL,
            preschool_class text,
            father_name text,
            father_birth_year int,
            father_phone text,
            mother_name text,
            mother_birth_year int,
            mother_phone text,
            guardian_name text,
            guardian_phone text,
            warnings text[] NOT NULL,
            content_hash bytea NOT NULL
        ) ON COMMIT DROP
        """;

    // The column order must match WriteRowAsync.
    private const string CopySql = """
        COPY import_staging (
            national_id, full_name, birth_date, sex,
            birth_registration_place, native_place, ethnicity, nationality,
            permanent_residence, current_residence, ward_code, household_relation,
            preschool_code, preschool_name, preschool_class,
            father_name, father_birth_year, father_phone,
            mother_name, mother_birth_year, mother_phone,
            guardian_name, guardian_phone,
            warnings, content_hash
        ) FROM STDIN (FORMAT BINARY)
        """;

    // Autovacuum never analyses temporary tables, and without statistics the merge may pick nested loops.
    // Only the join and comparison columns matter, and analysing all columns takes several times longer.
    private const string AnalyzeSql = "ANALYZE import_staging (national_id, content_hash)";

    public static Task CreateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(CreateSql, transaction: transaction, cancellationToken: cancellationToken));

    public static Task<NpgsqlBinaryImporter> BeginCopyAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        connection.BeginBinaryImportAsync(CopySql, cancellationToken);

    public static Task AnalyzeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(AnalyzeSql, transaction: transaction, cancellationToken: cancellationToken));

    public static async Task WriteRowAsync(
        NpgsqlBinaryImporter importer,
        DossierData data,
        IReadOnlyList<string> warnings,
        byte[] contentHash,
        CancellationToken cancellationToken)
    {
        await importer.StartRowAsync(cancellationToken);
        await importer.WriteAsync(data.NationalId.Value, NpgsqlDbType.Text, cancellationToken);
        await importer.WriteAsync(data.FullName, NpgsqlDbType.Text, cancellationToken);
        await importer.WriteAsync(data.BirthDate, NpgsqlDbType.Date, cancellationToken);
        await importer.WriteAsync(data.Sex.ToDb(), NpgsqlDbType.Text, cancellationToken);
        await WriteTextAsync(importer, data.BirthRegistrationPlace, cancellationToken);
        await WriteTextAsync(importer, data.NativePlace, cancellationToken);
        await WriteTextAsync(importer, data.Ethnicity, cancellationToken);
        await importer.WriteAsync(data.Nationality, NpgsqlDbType.Text, cancellationToken);
        await WriteTextAsync(importer, data.PermanentResidence, cancellationToken);
        await importer.WriteAsync(data.CurrentResidence, NpgsqlDbType.Text, cancellationToken);
        await importer.WriteAsync(data.WardCode, NpgsqlDbType.Text, cancellationToken);
        await WriteTextAsync(importer, data.HouseholdRelation, cancellationToken);
        await importer.WriteAsync(data.PreschoolCode, NpgsqlDbType.Text, cancellationToken);
        await importer.WriteAsync(data.PreschoolName, NpgsqlDbType.Text, cancellationToken);
        await WriteTextAsync(importer, data.PreschoolClass, cancellationToken);
        await WriteTextAsync(importer, data.FatherName, cancellationToken);
        await WriteYearAsync(importer, data.FatherBirthYear, cancellationToken);
        await WriteTextAsync(importer, data.FatherPhone, cancellationToken);
        await WriteTextAsync(importer, data.MotherName, cancellationToken);
        await WriteYearAsync(importer, data.MotherBirthYear, cancellationToken);
        await WriteTextAsync(importer, data.MotherPhone, cancellationToken);
        await WriteTextAsync(importer, data.GuardianName, cancellationToken);
        await WriteTextAsync(importer, data.GuardianPhone, cancellationToken);
        await importer.WriteAsync(warnings as string[] ?? [.. warnings], NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
        await importer.WriteAsync(contentHash, NpgsqlDbType.Bytea, cancellationToken);
    }

    private static Task WriteTextAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    private static Task WriteYearAsync(NpgsqlBinaryImporter importer, int? value, CancellationToken cancellationToken) =>
        value is { } year ? importer.WriteAsync(year, NpgsqlDbType.Integer, cancellationToken) : importer.WriteNullAsync(cancellationToken);
}
