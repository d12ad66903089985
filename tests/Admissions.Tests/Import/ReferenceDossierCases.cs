using System.Text;
using Admissions.Domain.Import;
using Admissions.Tests.Infrastructure;
using nietras.SeparatedValues;

namespace Admissions.Tests.Import;

public enum ReferenceOutcome
{
    Imported,
    ImportedWithWarning,
    Rejected,
}

/// <summary>
/// The expected outcome of one line of the shared reference file: the ID as stored (null when it cannot be
/// parsed), and the single warning or rejection reason the report must give.
/// </summary>
public sealed record ReferenceCase(int Line, string? StoredId, ReferenceOutcome Outcome, string? Message);

/// <summary>The reference file's cases, one per data line (2–20), and its rows as raw records.</summary>
public static class ReferenceDossierCases
{
    public const int DuplicateLine = 16;

    public static IReadOnlyList<ReferenceCase> All { get; } =
    [
        new(2, "079221000101", ReferenceOutcome.Imported, null),
        new(3, "079321000102", ReferenceOutcome.Imported, null),
        new(4, "079221000103", ReferenceOutcome.Imported, null),
        new(5, "079321000104", ReferenceOutcome.Imported, null),
        new(6, "074221000105", ReferenceOutcome.Imported, null),
        new(7, "079221000106", ReferenceOutcome.ImportedWithWarning, ImportMessages.SexDigitMismatch),
        new(8, "079220000107", ReferenceOutcome.ImportedWithWarning, ImportMessages.YearDigitsMismatch),
        new(9, "079219000108", ReferenceOutcome.ImportedWithWarning, ImportMessages.Older(2019, TestValidators.Season)),
        new(10, "TMP000000109", ReferenceOutcome.Imported, null),
        new(11, "079321000110", ReferenceOutcome.ImportedWithWarning, ImportMessages.PhoneDropped(DossierColumn.FatherPhone)),
        new(12, null, ReferenceOutcome.Rejected, ImportMessages.PersonalIdWrongLength(11)),
        new(13, "003221000112", ReferenceOutcome.ImportedWithWarning, ImportMessages.ProvinceUnknown("003")),
        new(14, "079221000113", ReferenceOutcome.Rejected, ImportMessages.BirthDateInvalid),
        new(15, "079221000114", ReferenceOutcome.Rejected, ImportMessages.WardUnknown("99999999")),
        new(DuplicateLine, "079221000101", ReferenceOutcome.Rejected, ImportMessages.DuplicateId),
        new(17, "079221000116", ReferenceOutcome.Rejected, ImportMessages.NoContact),
        new(18, "079222000117", ReferenceOutcome.Rejected, ImportMessages.TooYoung(2022, TestValidators.Season)),
        new(19, "079221000118", ReferenceOutcome.Rejected, ImportMessages.Missing(DossierColumn.FullName)),
        new(20, "079321000119", ReferenceOutcome.Imported, null),
    ];

    public static TheoryData<int> Lines { get; } = [.. All.Select(@case => @case.Line)];

    public static ReferenceCase ForLine(int line) => All.Single(@case => @case.Line == line);

    /// <summary>Reads the reference file with Sep, independently of the importer, into records keyed by line number.</summary>
    public static IReadOnlyDictionary<int, DossierRecord> ReadRecords()
    {
        var records = new Dictionary<int, DossierRecord>();
        using var reader = Sep.New(',').Reader(options => options with { Unescape = true })
            .From(new StreamReader(TestEnvironment.ReferenceDossiersPath, Encoding.UTF8));
        foreach (var row in reader)
        {
            var record = new DossierRecord();
            foreach (var column in DossierColumns.All)
            {
                record[column] = row[column.HeaderName()].ToString();
            }

            records[row.LineNumberFrom] = record;
        }

        return records;
    }
}
