using System.Text;
using Admissions.Domain.Dossiers;
using Admissions.Domain.Import;
using Admissions.Tests.Import;

namespace Admissions.Tests.Domain;

/// <summary>Each line of the shared reference file through the validator alone, without the database.</summary>
public sealed class ReferenceDossierValidationTests
{
    private static readonly IReadOnlyDictionary<int, DossierRecord> Records = ReferenceDossierCases.ReadRecords();

    private static DossierRowResult ValidateLine(int line) => TestValidators.Default.Validate(Records[line]);

    [Fact]
    public void ReferenceFile_HasOneRecordPerCase()
    {
        Assert.Equal(ReferenceDossierCases.All.Select(@case => @case.Line), Records.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(ReferenceDossierCases.Lines), MemberType = typeof(ReferenceDossierCases))]
    public void Validate_ReferenceLine_GivesTheExpectedOutcome(int line)
    {
        var expected = ReferenceDossierCases.ForLine(line);
        if (line == ReferenceDossierCases.DuplicateLine)
        {
            // Only the importer tracks the IDs of earlier lines. On its own the row is valid.
            Assert.False(ValidateLine(line).IsRejected);
            return;
        }

        var result = ValidateLine(line);

        Assert.Equal(expected.Outcome == ReferenceOutcome.Rejected, result.IsRejected);
        Assert.Equal(expected.StoredId, result.NationalId?.Value);
        var messages = expected.Outcome == ReferenceOutcome.Rejected ? result.Errors : result.Warnings;
        Assert.Equal(expected.Message is null ? [] : [expected.Message], messages);
    }

    [Fact]
    public void Validate_Line3InNfd_ComesOutInNfc()
    {
        var raw = Records[3][DossierColumn.FullName]!;
        var data = ValidateLine(3).Data!;

        Assert.False(raw.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("Trần Ngọc Bảo Hân", data.FullName);
        Assert.Equal(Sex.Female, data.Sex);
        Assert.Equal("45/7 Đường số 3, Phường Tân Định", data.CurrentResidence);
    }

    [Fact]
    public void Validate_Line4_NormalisesIdNameSexAndPhone()
    {
        var data = ValidateLine(4).Data!;

        Assert.Equal("079221000103", data.NationalId.Value);
        Assert.Equal("Lê Hoàng Phúc", data.FullName);
        Assert.Equal(Sex.Male, data.Sex);
        Assert.Equal("0935222333", data.FatherPhone);
        Assert.Equal("\"Chung cư A, lô B\", 99 Nguyễn Huệ", data.CurrentResidence);
        Assert.Equal(new DateOnly(2021, 7, 9), data.BirthDate);
    }

    [Fact]
    public void Validate_Line5_KeepsOldStyleToneMarksAndLandline()
    {
        var data = ValidateLine(5).Data!;

        Assert.Equal("Phạm Thị Thuý Hoà", data.FullName);
        Assert.Equal("02838221234", data.MotherPhone);
        Assert.Equal(new DateOnly(2021, 2, 1), data.BirthDate);
    }

    [Fact]
    public void Validate_Line11_DropsTheInvalidPhoneAndKeepsTheMother()
    {
        var data = ValidateLine(11).Data!;

        Assert.Null(data.FatherPhone);
        Assert.Equal("Dương Văn Lộc", data.FatherName);
        Assert.Equal("0909000110", data.MotherPhone);
    }

    [Fact]
    public void Validate_Line20_KeepsMarkupAsText()
    {
        var data = ValidateLine(20).Data!;

        Assert.Equal("<script>alert(1)</script> 10 Lê Duẩn", data.CurrentResidence);
        Assert.Equal("Trường Mầm non <b>Tuổi Thơ</b> & 'Bé Ngoan'", data.PreschoolName);
    }
}
