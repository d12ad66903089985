using System.Globalization;
using System.Text;
using Admissions.Domain.Import;
using Admissions.Domain.Reference;

namespace Admissions.Cli.Demo;

/// <summary>
/// Writes an invented but realistic season in the dossier import format. The children are born in the
/// nominal year (a few one to three years earlier) and spread over every ward and about 1,400 preschools.
/// They have Vietnamese names, parents with valid mobile phones and personal IDs built like real ones.
/// The output depends only on the seed, the count, the reference lists and the season, so the same inputs
/// give a byte-identical file. Rows are written as they are generated, in constant memory.
/// </summary>
public sealed class DemoSeasonGenerator
{
    public const int DefaultCount = 170_621;

    public const ulong DefaultSeed = 2027;

    /// <summary>Serials 000000–000999 are left to hand-made cases, such as the reference file, so that demo IDs never collide with them.</summary>
    private const int ReservedSerials = 1_000;

    private const int CitizenSerialSpace = 1_000_000 - ReservedSerials;

    private const int TemporarySerialSpace = 1_000_000_000 - ReservedSerials;

    /// <summary>A prime that shares no factor with either serial space, so stepping by it visits every serial once.</summary>
    private const long SerialStep = 7_919;

    /// <summary>Province code 080 marks test data and is never generated.</summary>
    private const string TestDataProvince = "080";

    private static readonly string[] MobilePrefixes =
    [
        "032", "033", "034", "035", "036", "037", "038", "039", "056", "058", "059", "070", "076", "077", "078",
        "079", "081", "082", "083", "084", "085", "086", "088", "089", "090", "091", "093", "094", "096", "097",
        "098", "099",
    ];

    private readonly DemoRandom random;
    private readonly ulong seed;
    private readonly int nominalBirthYear;
    private readonly IReadOnlyList<DemoWard> wards;
    private readonly WeightedChoice<DemoWard> wardChoice;
    private readonly WeightedChoice<string> provinceChoice;
    private readonly Dictionary<string, string> provinceNames;
    private readonly string[] provinceNameList;

    /// <summary>Next serial index per ID prefix (province, century-sex digit, year digits).</summary>
    private readonly Dictionary<string, long> serialCounters = new(StringComparer.Ordinal);
    private long temporaryCounter;

    public DemoSeasonGenerator(IReadOnlyList<ReferenceEntry> wardEntries, IReadOnlyList<ReferenceEntry> provinces, int nominalBirthYear, ulong seed)
    {
        this.seed = seed;
        this.nominalBirthYear = nominalBirthYear;
        random = new DemoRandom(seed);
        wards = DemoWard.Build(wardEntries, random);
        wardChoice = new WeightedChoice<DemoWard>(wards.Select(ward => (ward, ward.Weight)));

        var usable = provinces.Where(province => province.Code != TestDataProvince).ToList();
        provinceNames = usable.ToDictionary(province => province.Code, province => province.Name, StringComparer.Ordinal);
        provinceNameList = usable.Select(province => province.Name).ToArray();

        // Most children in the city were registered at birth in Hồ Chí Minh (079). Bình Dương (074) and
        // Bà Rịa - Vũng Tàu (077) merged into the city in 2025, and about a tenth come from elsewhere.
        var others = usable.Where(province => province.Code is not ("079" or "074" or "077")).ToList();
        provinceChoice = new WeightedChoice<string>(
            new[] { ("079", 80.0), ("074", 5.0), ("077", 4.0) }
                .Where(entry => provinceNames.ContainsKey(entry.Item1))
                .Concat(others.Select(province => (province.Code, 10.7 / others.Count))));
    }

    public int PreschoolCount => wards.Sum(ward => ward.Preschools.Count);

    /// <summary>Writes the header and <paramref name="count"/> rows with CRLF line endings, as in the sector's export.</summary>
    public void Write(TextWriter output, int count)
    {
        output.Write(string.Join(',', DossierColumns.All.Select(column => column.HeaderName())));
        output.Write("\r\n");

        var fields = new string?[DossierColumns.Count];
        for (var row = 0; row < count; row++)
        {
            FillRow(fields);
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                {
                    output.Write(',');
                }

                WriteField(output, fields[i]);
            }

            output.Write("\r\n");
        }
    }

    /// <summary>Writes a season to <paramref name="path"/> in UTF-8 with a byte-order mark.</summary>
    public void WriteFile(string path, int count)
    {
        using var output = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 1 << 20);
        Write(output, count);
    }

    private void FillRow(string?[] fields)
    {
        Array.Clear(fields);
        var female = random.Chance(0.485);
        var birthDate = NextBirthDate();
        var ward = wardChoice.Pick(random);
        var preschoolWard = random.Chance(0.9) ? ward : wardChoice.Pick(random);
        var preschool = random.Pick(preschoolWard.Preschools);

        var isTemporary = random.Chance(0.003);
        var province = isTemporary ? "079" : provinceChoice.Pick(random);
        var nationalId = (isTemporary ? null : NextCitizenId(province, female, birthDate.Year)) ?? NextTemporaryCode();

        var surname = DemoNames.Surnames.Pick(random);
        var currentResidence = NextAddress(ward);
        var birthPlace = provinceNames.GetValueOrDefault(province, "Hồ Chí Minh");

        Set(fields, DossierColumn.NationalId, nationalId);
        Set(fields, DossierColumn.FullName, NextChildName(surname, female));
        Set(fields, DossierColumn.BirthDate, birthDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        Set(fields, DossierColumn.Sex, female ? "Nữ" : "Nam");
        Set(fields, DossierColumn.BirthRegistrationPlace, birthPlace);
        Set(fields, DossierColumn.NativePlace, random.Chance(0.6) ? birthPlace : random.Pick(provinceNameList));
        Set(fields, DossierColumn.Ethnicity, DemoNames.Ethnicities.Pick(random));
        Set(fields, DossierColumn.Nationality, random.Chance(0.97) ? "Việt Nam" : null);
        Set(fields, DossierColumn.PermanentResidence, NextPermanentResidence(ward, currentResidence));
        Set(fields, DossierColumn.CurrentResidence, currentResidence);
        Set(fields, DossierColumn.WardCode, ward.Entry.Code);
        Set(fields, DossierColumn.HouseholdRelation, DemoNames.HouseholdRelations.Pick(random));
        Set(fields, DossierColumn.PreschoolCode, preschool.Code);
        Set(fields, DossierColumn.PreschoolName, preschool.Name);
        Set(fields, DossierColumn.PreschoolClass, "Lá " + random.Between(1, preschool.ClassCount).ToString(CultureInfo.InvariantCulture));
        FillContacts(fields, surname, birthDate.Year);
    }

    /// <summary>
    /// Fills parents and guardian so that every row has at least one contact with a name and a phone:
    /// mostly both parents, sometimes one, rarely a grandparent as guardian.
    /// </summary>
    private void FillContacts(string?[] fields, string surname, int childBirthYear)
    {
        var (hasFather, fatherHasPhone, hasMother, hasGuardian) = random.Next(100) switch
        {
            < 88 => (true, true, true, false),
            < 91 => (true, false, true, false),
            < 97 => (false, false, true, false),
            < 99 => (true, true, false, false),
            _ => (false, false, false, true),
        };

        if (hasFather)
        {
            Set(fields, DossierColumn.FatherName, $"{surname} {random.Pick(DemoNames.FatherMiddleNames)} {random.Pick(DemoNames.FatherGivenNames)}");
            Set(fields, DossierColumn.FatherBirthYear, random.Chance(0.85) ? Year(childBirthYear - random.Between(25, 45)) : null);
            Set(fields, DossierColumn.FatherPhone, fatherHasPhone ? NextPhone() : null);
        }

        if (hasMother)
        {
            var motherSurname = DemoNames.Surnames.Pick(random);
            Set(fields, DossierColumn.MotherName, $"{motherSurname} {random.Pick(DemoNames.MotherMiddleNames)} {random.Pick(DemoNames.MotherGivenNames)}");
            Set(fields, DossierColumn.MotherBirthYear, random.Chance(0.85) ? Year(childBirthYear - random.Between(21, 42)) : null);
            Set(fields, DossierColumn.MotherPhone, NextPhone());
        }

        if (hasGuardian)
        {
            var middle = random.Chance(0.5) ? "Văn" : "Thị";
            Set(fields, DossierColumn.GuardianName, $"{DemoNames.Surnames.Pick(random)} {middle} {random.Pick(DemoNames.GuardianGivenNames)}");
            Set(fields, DossierColumn.GuardianPhone, NextPhone());
        }
    }

    private DateOnly NextBirthDate()
    {
        var roll = random.NextDouble();
        var yearsOlder = roll switch
        {
            < 0.994 => 0,
            < 0.998 => 1,
            < 0.9995 => 2,
            _ => 3,
        };
        var year = nominalBirthYear - yearsOlder;
        var start = new DateOnly(year, 1, 1);
        return start.AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
    }

    private string NextChildName(string surname, bool female)
    {
        var middleNames = female ? DemoNames.GirlMiddleNames : DemoNames.BoyMiddleNames;
        var givenNames = female ? DemoNames.GirlGivenNames : DemoNames.BoyGivenNames;
        var middle = random.Pick(middleNames);
        if (random.Chance(0.15))
        {
            middle += " " + random.Pick(middleNames);
        }

        return $"{surname} {middle} {random.Pick(givenNames)}";
    }

    /// <summary>
    /// A 12-digit ID: province, century-sex digit (2 male, 3 female for 2000–2099), year digits, then a
    /// serial unique per prefix. Returns null when the prefix has used all its serials.
    /// </summary>
    private string? NextCitizenId(string province, bool female, int birthYear)
    {
        var centurySexDigit = (birthYear - 1900) / 100 * 2 + (female ? 1 : 0);
        var prefix = province + centurySexDigit.ToString(CultureInfo.InvariantCulture) + (birthYear % 100).ToString("D2", CultureInfo.InvariantCulture);
        var counter = serialCounters.GetValueOrDefault(prefix);
        if (counter >= CitizenSerialSpace)
        {
            return null;
        }

        serialCounters[prefix] = counter + 1;
        var serial = ReservedSerials + (counter * SerialStep + StableOffset(prefix, CitizenSerialSpace)) % CitizenSerialSpace;
        return prefix + serial.ToString("D6", CultureInfo.InvariantCulture);
    }

    private string NextTemporaryCode()
    {
        var serial = ReservedSerials + (temporaryCounter++ * SerialStep + StableOffset("TMP", TemporarySerialSpace)) % TemporarySerialSpace;
        return "TMP" + serial.ToString("D9", CultureInfo.InvariantCulture);
    }

    /// <summary>A start offset derived from the seed and the prefix by FNV-1a, stable across processes (unlike string.GetHashCode).</summary>
    private long StableOffset(string prefix, long space)
    {
        var hash = 14_695_981_039_346_656_037UL ^ seed;
        foreach (var c in prefix)
        {
            hash = (hash ^ c) * 1_099_511_628_211UL;
        }

        return (long)(hash % (ulong)space);
    }

    private string NextAddress(DemoWard ward)
    {
        var street = random.Pick(DemoNames.Streets);
        var houseNumber = random.Between(1, 450).ToString(CultureInfo.InvariantCulture);
        if (random.Chance(0.35))
        {
            houseNumber += "/" + random.Between(1, 60).ToString(CultureInfo.InvariantCulture);
        }

        var quarter = ward.Entry.Kind == "xa"
            ? "Ấp " + random.Between(1, 12).ToString(CultureInfo.InvariantCulture)
            : "Khu phố " + random.Between(1, 15).ToString(CultureInfo.InvariantCulture);

        if (random.Chance(0.08))
        {
            var block = (char)('A' + random.Next(6));
            var apartment = $"{random.Between(1, 25)}.{random.Between(1, 20):D2}";
            return $"Căn hộ {apartment}, Lô {block}, Chung cư {street}, {quarter}, {ward.Entry.Name}";
        }

        return $"{houseNumber} {street}, {quarter}, {ward.Entry.Name}";
    }

    private string? NextPermanentResidence(DemoWard ward, string currentResidence)
    {
        var roll = random.Next(100);
        return roll switch
        {
            < 75 => currentResidence,
            < 95 => NextAddress(random.Chance(0.5) ? ward : wardChoice.Pick(random)),
            _ => null,
        };
    }

    /// <summary>A valid mobile number, mostly as plain digits and sometimes grouped the ways parents write it.</summary>
    private string NextPhone()
    {
        var prefix = random.Pick(MobilePrefixes);
        var rest = random.Next(10_000_000).ToString("D7", CultureInfo.InvariantCulture);
        var digits = prefix + rest;
        return random.Next(100) switch
        {
            < 90 => digits,
            < 95 => $"{digits[..4]} {digits[4..7]} {digits[7..]}",
            < 98 => $"{digits[..4]}.{digits[4..7]}.{digits[7..]}",
            _ => $"+84 {digits[1..4]} {digits[4..7]} {digits[7..]}",
        };
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static void Set(string?[] fields, DossierColumn column, string? value) => fields[(int)column] = value;

    /// <summary>Writes one RFC 4180 field, quoted only when it contains a comma, quote or line break.</summary>
    private static void WriteField(TextWriter output, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            output.Write(value);
            return;
        }

        output.Write('"');
        output.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        output.Write('"');
    }
}
