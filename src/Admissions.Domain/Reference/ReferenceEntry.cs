using Admissions.Domain.Text;

namespace Admissions.Domain.Reference;

/// <summary>One row of a reference list: a code and its Vietnamese name, plus the kind where the list has one.</summary>
public sealed record ReferenceEntry(string Code, string Name, string? Kind)
{
    /// <summary>
    /// Reads a reference CSV whose header starts with <c>code,name</c> or <c>code,province</c>. The files
    /// are plain comma-separated text without quoted fields. Throws <see cref="InvalidDataException"/>
    /// when the header or a row does not have that shape.
    /// </summary>
    public static IReadOnlyList<ReferenceEntry> ReadCsv(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var header = reader.ReadLine();
        if (header is null || !header.Split(',')[0].Trim().Equals("code", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"The reference file {path} must start with a header whose first column is 'code'.");
        }

        var entries = new List<ReferenceEntry>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cells = line.Split(',');
            if (cells.Length < 2 || cells[0].Trim().Length == 0)
            {
                throw new InvalidDataException($"Line {lineNumber} of the reference file {path} needs at least a code and a name.");
            }

            var kind = cells.Length > 2 ? cells[2].Trim() : null;
            entries.Add(new ReferenceEntry(cells[0].Trim(), TextNormalizer.Normalize(cells[1]), kind));
        }

        return entries;
    }
}
