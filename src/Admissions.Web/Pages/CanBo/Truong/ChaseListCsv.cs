using System.Globalization;
using System.Text;
using Admissions.Data.Reporting;
using Admissions.Domain.Dossiers;
using Admissions.Web.Pages.CanBo.Shared;
using Admissions.Web.Pages.HoSo;

namespace Admissions.Web.Pages.CanBo.Truong;

/// <summary>
/// Writes a chase list as CSV for Excel: UTF-8 with a byte order mark (without it Excel reads the Vietnamese text
/// as ANSI), comma separated, Vietnamese headers. Ethnicity is never part of it.
/// </summary>
public static class ChaseListCsv
{
    private static readonly string[] Headers =
    [
        "STT", "Số hồ sơ", "Mã định danh", "Họ và tên trẻ", "Ngày sinh", "Lớp", "Điện thoại cha", "Điện thoại mẹ",
        "Điện thoại người giám hộ", "Trạng thái", "Lần tra cứu gần nhất", "Số lần tra cứu sai ngày sinh",
    ];

    private static readonly Encoding Utf8WithoutPreamble = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the byte order mark, the header line and one line per family, and returns the number of families.</summary>
    public static async Task<int> WriteAsync(Stream output, IAsyncEnumerable<FamilyToChase> families, bool fullPhones, CancellationToken cancellationToken)
    {
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        await using var writer = new StreamWriter(output, Utf8WithoutPreamble, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };

        await writer.WriteLineAsync(Line(Headers));
        var rows = 0;
        await foreach (var family in families.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(Line(Cells(family, fullPhones)));
            rows++;
        }

        await writer.FlushAsync(cancellationToken);
        return rows;
    }

    /// <summary>
    /// Makes one value safe for a spreadsheet: a value that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab
    /// or a carriage return gets a leading apostrophe so that Excel shows it as text instead of running it as a
    /// formula, and a value with a comma, quote or line break is quoted.
    /// </summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Line(IEnumerable<string?> values) => string.Join(',', values.Select(Cell));

    private static string?[] Cells(FamilyToChase family, bool fullPhones) =>
    [
        family.RowNumber.ToString(CultureInfo.InvariantCulture),
        family.DossierId.ToString(CultureInfo.InvariantCulture),
        family.MaskedNationalId,
        family.FullName,
        DisplayFormat.Date(family.BirthDate),
        family.PreschoolClass,
        PhoneCell(family.FatherPhone, fullPhones),
        PhoneCell(family.MotherPhone, fullPhones),
        PhoneCell(family.GuardianPhone, fullPhones),
        family.Status.ToVietnamese(),
        family.LastLookupAt is { } at ? DisplayFormat.Instant(at) : null,
        family.WrongBirthDateCount.ToString(CultureInfo.InvariantCulture),
    ];

    private static string? PhoneCell(string? phone, bool full) => string.IsNullOrEmpty(phone) ? null : StaffDisplay.Phone(phone, full);
}
