using Admissions.Domain.Dossiers;
using Admissions.Domain.Import;
using Admissions.Domain.Reference;
using Admissions.Domain.Season;
using Admissions.Tests.Import;

namespace Admissions.Tests.Domain;

public sealed class DossierRowValidatorTests
{
    private static DossierRowResult Validate(TestDossierRow row) => TestValidators.Default.Validate(row.ToRecord());

    [Fact]
    public void Validate_CompleteRow_IsAcceptedWithoutWarnings()
    {
        var row = new TestDossierRow();

        var result = Validate(row);

        Assert.False(result.IsRejected);
        Assert.Empty(result.Warnings);
        Assert.Equal(row.NationalId, result.Data.NationalId.Value);
        Assert.Equal(new DateOnly(2021, 6, 15), result.Data.BirthDate);
        Assert.Equal(Sex.Male, result.Data.Sex);
        Assert.Equal(1988, result.Data.FatherBirthYear);
    }

    [Theory]
    [InlineData(DossierColumn.NationalId)]
    [InlineData(DossierColumn.FullName)]
    [InlineData(DossierColumn.BirthDate)]
    [InlineData(DossierColumn.Sex)]
    [InlineData(DossierColumn.CurrentResidence)]
    [InlineData(DossierColumn.WardCode)]
    [InlineData(DossierColumn.PreschoolCode)]
    [InlineData(DossierColumn.PreschoolName)]
    public void Validate_RequiredColumnEmpty_IsRejected(DossierColumn column)
    {
        var result = Validate(new TestDossierRow().With(column, "  "));

        Assert.True(result.IsRejected);
        Assert.Equal([ImportMessages.Missing(column)], result.Errors);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEach()
    {
        var row = new TestDossierRow().With(DossierColumn.BirthDate, "31/02/2021").With(DossierColumn.Sex, "X");

        var result = Validate(row);

        Assert.Equal([ImportMessages.BirthDateInvalid, ImportMessages.SexInvalid], result.Errors);
    }

    [Theory]
    [InlineData("nam", Sex.Male)]
    [InlineData("NAM", Sex.Male)]
    [InlineData("Nữ", Sex.Female)]
    [InlineData("nữ", Sex.Female)]
    [InlineData("NỮ", Sex.Female)]
    [InlineData("Nu\u031B\u0303", Sex.Female)]
    [InlineData(" nữ ", Sex.Female)]
    public void Validate_SexSpelling_IsRecognised(string sex, Sex expected)
    {
        var female = expected == Sex.Female;
        var result = Validate(new TestDossierRow(female).With(DossierColumn.Sex, sex));

        Assert.False(result.IsRejected);
        Assert.Equal(expected, result.Data.Sex);
    }

    [Theory]
    [InlineData("Nu")]
    [InlineData("male")]
    [InlineData("1")]
    public void Validate_UnknownSex_IsRejected(string sex)
    {
        Assert.Equal([ImportMessages.SexInvalid], Validate(new TestDossierRow().With(DossierColumn.Sex, sex)).Errors);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("Nguyễn Văn 2")]
    [InlineData("Nguyễn-Văn An")]
    [InlineData("<b>An</b>")]
    public void Validate_NameNotLettersOrTooShort_IsRejected(string name)
    {
        var result = Validate(new TestDossierRow().With(DossierColumn.FullName, name));

        Assert.True(result.IsRejected);
    }

    [Fact]
    public void Validate_NameOf101Letters_IsRejected()
    {
        var result = Validate(new TestDossierRow().With(DossierColumn.FullName, new string('a', 101)));

        Assert.Equal([ImportMessages.FullNameLength(101)], result.Errors);
    }

    [Fact]
    public void Validate_NameOf100Letters_IsAccepted()
    {
        Assert.False(Validate(new TestDossierRow().With(DossierColumn.FullName, new string('a', 100))).IsRejected);
    }

    [Theory]
    [InlineData(2021, false, 0)]
    [InlineData(2020, false, 1)]
    [InlineData(2018, false, 1)]
    [InlineData(2017, true, 0)]
    [InlineData(2022, true, 0)]
    public void Validate_BirthYear_FollowsTheAgeRule(int birthYear, bool rejected, int warningCount)
    {
        // The ID's year digits follow the birth year so that only the age rule can warn.
        var row = new TestDossierRow()
            .With(DossierColumn.BirthDate, $"01/06/{birthYear}")
            .With(DossierColumn.NationalId, $"0802{birthYear % 100:D2}123456");

        var result = Validate(row);

        Assert.Equal(rejected, result.IsRejected);
        Assert.Equal(warningCount, result.Warnings.Count);
    }

    [Fact]
    public void Validate_BornThreeYearsEarly_WarnsOlder()
    {
        var row = new TestDossierRow().With(DossierColumn.BirthDate, "01/06/2018").With(DossierColumn.NationalId, "080218123456");

        Assert.Equal([ImportMessages.Older(2018, TestValidators.Season)], Validate(row).Warnings);
    }

    [Fact]
    public void Validate_AgeRule_FollowsTheSeason()
    {
        var season = new SeasonOptions { SchoolYearStart = 2028 };
        var validator = new DossierRowValidator(
            ReferenceCodeSet.FromCodes(["080"]), ReferenceCodeSet.FromCodes(["70101063"]), season);
        var row = new TestDossierRow().With(DossierColumn.BirthDate, "01/06/2022").With(DossierColumn.NationalId, "080222123456");

        var result = validator.Validate(row.ToRecord());

        Assert.False(result.IsRejected);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Validate_CenturyDigitOfTheNineteenHundreds_Warns()
    {
        var row = new TestDossierRow().With(DossierColumn.NationalId, "080021123456");

        Assert.Equal([ImportMessages.CenturyDigitMismatch], Validate(row).Warnings);
    }

    [Fact]
    public void Validate_TemporaryCode_SkipsTheIdChecks()
    {
        var row = new TestDossierRow().With(DossierColumn.NationalId, "TMP123456789").With(DossierColumn.Sex, "Nữ");

        var result = Validate(row);

        Assert.False(result.IsRejected);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Validate_UnknownWard_IsRejected()
    {
        var result = Validate(new TestDossierRow().With(DossierColumn.WardCode, "70101"));

        Assert.Equal([ImportMessages.WardUnknown("70101")], result.Errors);
    }

    [Theory]
    [InlineData("MN-SG-01", false)]
    [InlineData("mn-sg-01", false)]
    [InlineData("A", false)]
    [InlineData("ABCDEFGHIJ0123456789", false)]
    [InlineData("ABCDEFGHIJ01234567890", true)]
    [InlineData("MN SG 01", true)]
    [InlineData("MN_SG_01", true)]
    [InlineData("MN-SG-Đ1", true)]
    public void Validate_PreschoolCode_FollowsThePattern(string code, bool rejected)
    {
        Assert.Equal(rejected, Validate(new TestDossierRow().With(DossierColumn.PreschoolCode, code)).IsRejected);
    }

    [Fact]
    public void Validate_EmptyNationality_DefaultsToVietNam()
    {
        var result = Validate(new TestDossierRow().With(DossierColumn.Nationality, ""));

        Assert.Equal("Việt Nam", result.Data!.Nationality);
    }

    [Fact]
    public void Validate_ForeignNationality_IsKept()
    {
        Assert.Equal("Hàn Quốc", Validate(new TestDossierRow().With(DossierColumn.Nationality, "Hàn Quốc")).Data!.Nationality);
    }

    [Theory]
    [InlineData("19xx")]
    [InlineData("88")]
    [InlineData("2015")]
    [InlineData("1930")]
    public void Validate_ImplausibleParentBirthYear_IsDroppedWithWarning(string year)
    {
        var result = Validate(new TestDossierRow().With(DossierColumn.FatherBirthYear, year));

        Assert.False(result.IsRejected);
        Assert.Null(result.Data.FatherBirthYear);
        Assert.Equal([ImportMessages.BirthYearDropped(DossierColumn.FatherBirthYear)], result.Warnings);
    }

    [Theory]
    [InlineData("2009")]
    [InlineData("1941")]
    public void Validate_ParentBirthYearAtTheLimits_IsKept(string year)
    {
        var result = Validate(new TestDossierRow().With(DossierColumn.MotherBirthYear, year));

        Assert.Equal(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture), result.Data!.MotherBirthYear);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Validate_InvalidPhoneWithAnotherContact_IsDroppedWithWarning()
    {
        var result = Validate(new TestDossierRow().With(DossierColumn.FatherPhone, "12345"));

        Assert.False(result.IsRejected);
        Assert.Null(result.Data.FatherPhone);
        Assert.Equal("0987654321", result.Data.MotherPhone);
        Assert.Equal([ImportMessages.PhoneDropped(DossierColumn.FatherPhone)], result.Warnings);
    }

    [Fact]
    public void Validate_OnlyContactHasInvalidPhone_IsRejected()
    {
        var row = new TestDossierRow()
            .With(DossierColumn.FatherPhone, "12345")
            .With(DossierColumn.MotherName, null)
            .With(DossierColumn.MotherPhone, null);

        Assert.Equal([ImportMessages.NoContact], Validate(row).Errors);
    }

    [Fact]
    public void Validate_PhoneWithoutName_DoesNotCountAsContact()
    {
        var row = new TestDossierRow()
            .With(DossierColumn.FatherName, null)
            .With(DossierColumn.MotherName, "")
            .With(DossierColumn.GuardianPhone, "0909000000");

        Assert.Equal([ImportMessages.NoContact], Validate(row).Errors);
    }

    [Fact]
    public void Validate_GuardianOnly_IsAccepted()
    {
        var row = new TestDossierRow()
            .With(DossierColumn.FatherName, null)
            .With(DossierColumn.FatherPhone, null)
            .With(DossierColumn.MotherName, null)
            .With(DossierColumn.MotherPhone, null)
            .With(DossierColumn.GuardianName, "Võ Văn Bảy")
            .With(DossierColumn.GuardianPhone, "+84 977 000 111");

        var result = Validate(row);

        Assert.False(result.IsRejected);
        Assert.Equal("0977000111", result.Data.GuardianPhone);
    }

    [Fact]
    public void Validate_FreeText_IsNormalised()
    {
        var row = new TestDossierRow()
            .With(DossierColumn.CurrentResidence, "  12   Lê\u00A0Lợi,\r\nPhường Sài Gòn ")
            .With(DossierColumn.PermanentResidence, "   ");

        var result = Validate(row);

        Assert.Equal("12 Lê Lợi, Phường Sài Gòn", result.Data!.CurrentResidence);
        Assert.Null(result.Data.PermanentResidence);
    }
}
