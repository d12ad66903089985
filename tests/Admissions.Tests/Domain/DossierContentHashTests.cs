using Admissions.Domain.Dossiers;
using Admissions.Domain.Identity;
using Admissions.Domain.Import;

namespace Admissions.Tests.Domain;

public sealed class DossierContentHashTests
{
    private static readonly DossierData Sample = new()
    {
        NationalId = PersonalId.FromCanonical("079221000101"),
        FullName = "Nguyễn Minh Khang",
        BirthDate = new DateOnly(2021, 3, 14),
        Sex = Sex.Male,
        Nationality = "Việt Nam",
        CurrentResidence = "12 Lê Lợi, Phường Sài Gòn",
        WardCode = "70101063",
        PreschoolCode = "MN-SG-01",
        PreschoolName = "Trường Mầm non Hoa Sen",
        FatherName = "Nguyễn Văn Hùng",
        FatherBirthYear = 1988,
        FatherPhone = "0912345678",
    };

    [Fact]
    public void Compute_SameContent_GivesSameHash()
    {
        Assert.Equal(DossierContentHash.Compute(Sample), DossierContentHash.Compute(Sample with { }));
    }

    [Fact]
    public void Compute_KnownContent_MatchesTheStoredFormat()
    {
        // Hashes are stored: a change of the encoding would mark every dossier as changed on the next import.
        Assert.Equal("1718d36c0eea3b35e46f256bc9c46a8153cb5d29df2d8c9262065bf5f7f86f7e", Convert.ToHexStringLower(DossierContentHash.Compute(Sample)));
    }

    [Fact]
    public void Compute_Length_Is32Bytes()
    {
        Assert.Equal(DossierContentHash.Length, DossierContentHash.Compute(Sample).Length);
    }

    public static TheoryData<DossierData> ChangedSamples { get; } =
    [
        Sample with { FullName = "Nguyễn Minh Khanh" },
        Sample with { BirthDate = new DateOnly(2021, 3, 15) },
        Sample with { Sex = Sex.Female },
        Sample with { FatherPhone = null },
        Sample with { FatherBirthYear = null },
        Sample with { MotherName = "" },
        Sample with { MotherPhone = "0912345678", FatherPhone = null },
        Sample with { GuardianName = "Nguyễn Văn Hùng", FatherName = null },
        Sample with { Ethnicity = "Kinh" },
        Sample with { PreschoolClass = "Lá 1" },
    ];

    [Theory]
    [MemberData(nameof(ChangedSamples))]
    public void Compute_AnyFieldChanged_GivesDifferentHash(DossierData changed)
    {
        Assert.NotEqual(DossierContentHash.Compute(Sample), DossierContentHash.Compute(changed));
    }
}
