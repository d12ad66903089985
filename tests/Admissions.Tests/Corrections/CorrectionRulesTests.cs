using System.Text;
using Admissions.Domain.Corrections;
using Admissions.Domain.Dossiers;
using Admissions.Domain.Identity;
using Admissions.Domain.Import;
using Admissions.Domain.Season;

namespace Admissions.Tests.Corrections;

public sealed class CorrectionRulesTests
{
    private static readonly SeasonOptions Season = new() { SchoolYearStart = 2027 };

    private static readonly DossierData Current = new()
    {
        NationalId = PersonalId.FromCanonical("080221000001"),
        FullName = "Nguyễn Văn An",
        BirthDate = new DateOnly(2021, 3, 14),
        Sex = Sex.Male,
        Nationality = "Việt Nam",
        CurrentResidence = "12 Đường Thử",
        WardCode = "70101063",
        PreschoolCode = "MN-TEST-01",
        PreschoolName = "Trường Mầm non Thử Nghiệm",
        FatherName = "Nguyễn Văn Bố",
        FatherBirthYear = 1990,
        FatherPhone = "0912345678",
    };

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 0, 0, 0, 0, 0 }, EvidenceType.Jpeg)]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }, EvidenceType.Png)]
    [InlineData(new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', (byte)'1', (byte)'.', (byte)'7' }, EvidenceType.Pdf)]
    public void Detect_KnownSignature_ReturnsType(byte[] leadingBytes, EvidenceType expected)
    {
        Assert.Equal(expected, EvidenceFiles.Detect(leadingBytes));
    }

    [Theory]
    [InlineData("Đây là văn bản")]
    [InlineData("GIF89a")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("")]
    public void Detect_OtherContent_ReturnsNull(string text)
    {
        Assert.Null(EvidenceFiles.Detect(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Detect_PngSignatureWithoutHeaderChunk_ReturnsNull()
    {
        byte[] truncated = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

        Assert.Null(EvidenceFiles.Detect(truncated));
    }

    [Theory]
    [InlineData(@"C:\Users\me\Pictures\giấy khai sinh.jpg", "giấy khai sinh.jpg")]
    [InlineData("/storage/DCIM/anh.png", "anh.png")]
    [InlineData("", "(không có tên)")]
    public void DisplayName_KeepsLastPathSegment(string raw, string expected)
    {
        Assert.Equal(expected, EvidenceFiles.DisplayName(raw));
    }

    [Theory]
    [InlineData(DossierColumn.FatherPhone, "+84 912 000 111", "0912000111")]
    [InlineData(DossierColumn.MotherPhone, "(028) 3822 1234", "02838221234")]
    [InlineData(DossierColumn.BirthDate, "9/7/2021", "2021-07-09")]
    [InlineData(DossierColumn.BirthDate, "2018-01-31", "2018-01-31")]
    [InlineData(DossierColumn.Sex, "NỮ", "female")]
    [InlineData(DossierColumn.FullName, "  Trần   Thị   Thuý  ", "Trần Thị Thuý")]
    [InlineData(DossierColumn.FatherBirthYear, "１９９１", "1991")]
    [InlineData(DossierColumn.CurrentResidence, "45\tĐường  Mới", "45 Đường Mới")]
    public void Check_ValidValue_ReturnsCanonicalForm(DossierColumn column, string raw, string expected)
    {
        var result = new CorrectionValueRules(Season).Check(column, raw, 2021);

        Assert.Null(result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void Check_DecomposedName_ReturnsNfc()
    {
        var decomposed = "Nguyễn Thị Hoà".Normalize(NormalizationForm.FormD);

        var result = new CorrectionValueRules(Season).Check(DossierColumn.MotherName, decomposed, 2021);

        Assert.Equal("Nguyễn Thị Hoà".Normalize(NormalizationForm.FormC), result.Value);
    }

    [Theory]
    [InlineData(DossierColumn.BirthDate, "31/02/2021")]
    [InlineData(DossierColumn.BirthDate, "14/03/2022")]
    [InlineData(DossierColumn.BirthDate, "14/03/2017")]
    [InlineData(DossierColumn.FullName, "Nguyễn Văn A1")]
    [InlineData(DossierColumn.FullName, "A")]
    [InlineData(DossierColumn.GuardianName, "Bà <b>Ngoại</b>")]
    [InlineData(DossierColumn.FatherPhone, "0123456789")]
    [InlineData(DossierColumn.GuardianPhone, "091234567")]
    [InlineData(DossierColumn.FatherBirthYear, "2010")]
    [InlineData(DossierColumn.MotherBirthYear, "1940")]
    [InlineData(DossierColumn.MotherBirthYear, "90")]
    [InlineData(DossierColumn.Sex, "Khác")]
    [InlineData(DossierColumn.NativePlace, "")]
    public void Check_InvalidValue_ReturnsError(DossierColumn column, string raw)
    {
        var result = new CorrectionValueRules(Season).Check(column, raw, 2021);

        Assert.Null(result.Value);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public void Check_TextOverLimit_ReturnsError()
    {
        var result = new CorrectionValueRules(Season).Check(DossierColumn.PermanentResidence, new string('a', CorrectionValueRules.MaxTextLength + 1), 2021);

        Assert.Equal(CorrectionMessages.TextTooLong(DossierColumn.PermanentResidence), result.Error);
    }

    [Fact]
    public void Validate_ValueEqualToCurrent_IsRejected()
    {
        var values = new Dictionary<string, string?> { ["sdt_cha"] = "0912.345.678" };

        var check = new CorrectionRequestValidator(Season).Validate(["sdt_cha"], values.GetValueOrDefault, null, Current);

        Assert.Null(check.Proposal);
        Assert.Equal([CorrectionMessages.SameAsCurrent(DossierColumn.FatherPhone)], check.Errors);
    }

    [Fact]
    public void Validate_UnknownField_IsRejected()
    {
        var check = new CorrectionRequestValidator(Season).Validate(["ma_dinh_danh"], _ => "079221000001", null, Current);

        Assert.Equal([CorrectionMessages.UnknownField], check.Errors);
    }

    [Fact]
    public void Validate_ParentYear_UsesProposedBirthDate()
    {
        // 2007 is 14 years before the current birth year 2021 but only 11 before the proposed 2018.
        var values = new Dictionary<string, string?> { ["ngay_sinh"] = "01/01/2018", ["nam_sinh_cha"] = "2007" };

        var check = new CorrectionRequestValidator(Season).Validate(["ngay_sinh", "nam_sinh_cha"], values.GetValueOrDefault, null, Current);

        Assert.Equal([CorrectionMessages.BirthYearInvalid(DossierColumn.FatherBirthYear, 2018)], check.Errors);
    }

    [Fact]
    public void Validate_ValidRequest_ReturnsProposalInPageOrder()
    {
        var values = new Dictionary<string, string?> { ["sdt_cha"] = "0988 777 666", ["ho_ten"] = "Nguyễn Văn Ân" };

        var check = new CorrectionRequestValidator(Season).Validate(["sdt_cha", "ho_ten"], values.GetValueOrDefault, "  Xin xem giấy khai sinh. ", Current);

        Assert.NotNull(check.Proposal);
        Assert.Equal([DossierColumn.FullName, DossierColumn.FatherPhone], check.Proposal.Values.Keys.Order());
        Assert.Equal("0988777666", check.Proposal.Values[DossierColumn.FatherPhone]);
        Assert.Equal("Xin xem giấy khai sinh.", check.Proposal.Note);
    }

    [Fact]
    public void Apply_ProposedValues_ChangesOnlyThoseFields()
    {
        var proposed = new Dictionary<DossierColumn, string> { [DossierColumn.BirthDate] = "2021-03-15", [DossierColumn.FatherBirthYear] = "1989" };

        var corrected = DossierFieldValues.Apply(Current, proposed);

        Assert.Equal(new DateOnly(2021, 3, 15), corrected.BirthDate);
        Assert.Equal(1989, corrected.FatherBirthYear);
        Assert.Equal(Current with { BirthDate = corrected.BirthDate, FatherBirthYear = 1989 }, corrected);
    }

    [Theory]
    [InlineData(DossierStatus.LookedUp, 1, 1, DossierStatus.LookedUp)]
    [InlineData(DossierStatus.Confirmed, 1, 1, DossierStatus.Confirmed)]
    [InlineData(DossierStatus.Confirmed, 1, 2, DossierStatus.ChangedAwaitingConfirmation)]
    [InlineData(DossierStatus.LookedUp, 1, 2, DossierStatus.LookedUp)]
    public void StatusAfterRejection_RestoresPreviousUnlessConfirmedDataChanged(
        DossierStatus previous, int requestVersion, int currentVersion, DossierStatus expected)
    {
        Assert.Equal(expected, CorrectionRules.StatusAfterRejection(previous, requestVersion, currentVersion));
    }

    [Theory]
    [InlineData(DossierStatus.NotLookedUp, false)]
    [InlineData(DossierStatus.LookedUp, true)]
    [InlineData(DossierStatus.Confirmed, true)]
    [InlineData(DossierStatus.CorrectionRequested, false)]
    [InlineData(DossierStatus.ChangedAwaitingConfirmation, false)]
    [InlineData(DossierStatus.AcceptedAtDeadline, false)]
    public void CanRequest_FollowsStatusTable(DossierStatus status, bool expected)
    {
        Assert.Equal(expected, status.CanRequest());
    }
}
