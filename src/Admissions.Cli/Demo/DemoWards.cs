using System.Globalization;
using System.Text;
using Admissions.Domain.Reference;

namespace Admissions.Cli.Demo;

/// <summary>An invented preschool: code such as <c>MN-SG-03</c>, Vietnamese name, and how many classes it runs.</summary>
internal sealed record DemoPreschool(string Code, string Name, int ClassCount);

/// <summary>A ward with its share of the season's children and its invented preschools.</summary>
internal sealed record DemoWard(ReferenceEntry Entry, double Weight, IReadOnlyList<DemoPreschool> Preschools)
{
    /// <summary>The ward name without its kind, for example <c>Sài Gòn</c> for <c>Phường Sài Gòn</c>.</summary>
    public string ShortName => StripKind(Entry.Name);

    /// <summary>
    /// Builds every ward's preschools: 6 to 12 in a phường, 4 to 10 in a xã and 2 in the special zone,
    /// about 1,400 in all. Codes are <c>MN-</c>, the initials of the ward name without diacritics (with a
    /// number when two wards share initials), and a two-digit serial.
    /// </summary>
    public static IReadOnlyList<DemoWard> Build(IReadOnlyList<ReferenceEntry> wards, DemoRandom random)
    {
        var usedAbbreviations = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<DemoWard>(wards.Count);
        foreach (var entry in wards)
        {
            var abbreviation = UniqueAbbreviation(StripKind(entry.Name), usedAbbreviations);
            var (schoolCount, weight) = entry.Kind switch
            {
                "phuong" => (random.Between(6, 12), 0.6 + random.NextDouble()),
                "xa" => (random.Between(4, 10), 0.3 + 0.6 * random.NextDouble()),
                _ => (2, 0.05),
            };

            var names = DemoNames.PreschoolNames.OrderBy(_ => random.NextUInt64()).Take(schoolCount - 1).ToList();
            names.Insert(random.Next(names.Count + 1), StripKind(entry.Name));

            var preschools = names
                .Select((name, index) => new DemoPreschool(
                    $"MN-{abbreviation}-{(index + 1).ToString("D2", CultureInfo.InvariantCulture)}",
                    "Trường Mầm non " + name,
                    random.Between(2, 6)))
                .ToList();
            result.Add(new DemoWard(entry, weight, preschools));
        }

        return result;
    }

    private static string StripKind(string wardName)
    {
        foreach (var prefix in (string[])["Phường ", "Xã ", "Đặc khu "])
        {
            if (wardName.StartsWith(prefix, StringComparison.Ordinal))
            {
                return wardName[prefix.Length..];
            }
        }

        return wardName;
    }

    private static string UniqueAbbreviation(string shortName, HashSet<string> used)
    {
        var initials = new StringBuilder();
        foreach (var word in shortName.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            initials.Append(ToAsciiLetter(word[0]));
        }

        var candidate = initials.ToString();
        for (var suffix = 2; !used.Add(candidate); suffix++)
        {
            candidate = initials.ToString() + suffix.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>The upper-case ASCII letter under a Vietnamese letter's diacritics, with D for Đ.</summary>
    private static char ToAsciiLetter(char letter)
    {
        if (letter is 'Đ' or 'đ')
        {
            return 'D';
        }

        var decomposed = letter.ToString().Normalize(NormalizationForm.FormD);
        return char.ToUpperInvariant(decomposed[0]);
    }
}
