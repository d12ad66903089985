using Admissions.Domain.Identity;
using Admissions.Domain.Import;

namespace Admissions.Tests.Domain;

public sealed class PersonalIdInputTests
{
    [Theory]
    [InlineData("079221000103", "079221000103")]
    [InlineData("079 221 000 103", "079221000103")]
    [InlineData("079.221.000.103", "079221000103")]
    [InlineData("079-221-000-103", "079221000103")]
    [InlineData(" 079221000103\t", "079221000103")]
    [InlineData("０７９２２１０００１０３", "079221000103")]
    [InlineData("003221000112", "003221000112")]
    public void TryParse_CitizenNumber_ReturnsCanonicalDigits(string raw, string expected)
    {
        var parsed = PersonalId.TryParse(raw, out var id);

        Assert.True(parsed);
        Assert.Equal(expected, id.Value);
        Assert.Equal(PersonalIdKind.Citizen, id.Kind);
        Assert.Equal(PersonalIdProblem.None, PersonalIdCheck.Classify(raw));
    }

    [Theory]
    [InlineData("TMP000000109", "TMP000000109")]
    [InlineData("tmp 000 000 109", "TMP000000109")]
    public void TryParse_TemporaryCode_ReturnsTemporaryKind(string raw, string expected)
    {
        var parsed = PersonalId.TryParse(raw, out var id);

        Assert.True(parsed);
        Assert.Equal(expected, id.Value);
        Assert.Equal(PersonalIdKind.Temporary, id.Kind);
    }

    [Theory]
    [InlineData(null, PersonalIdProblem.Missing)]
    [InlineData("  ", PersonalIdProblem.Missing)]
    [InlineData("07922100011", PersonalIdProblem.WrongLength)]
    [InlineData("0792210001011", PersonalIdProblem.WrongLength)]
    [InlineData("079 221 000 10", PersonalIdProblem.WrongLength)]
    [InlineData("07922100010A", PersonalIdProblem.NotDigits)]
    [InlineData("079221000/03", PersonalIdProblem.NotDigits)]
    [InlineData("TMP12345", PersonalIdProblem.InvalidTemporaryCode)]
    [InlineData("TMP00000010X", PersonalIdProblem.InvalidTemporaryCode)]
    public void Classify_InvalidInput_NamesTheProblem(string? raw, PersonalIdProblem expected)
    {
        Assert.False(PersonalId.TryParse(raw, out _));
        Assert.Equal(expected, PersonalIdCheck.Classify(raw));
    }

    [Fact]
    public void Describe_ElevenDigits_GivesTheDigitCount()
    {
        Assert.Equal(ImportMessages.PersonalIdWrongLength(11), PersonalIdCheck.Describe("07922100011"));
    }

    [Theory]
    [InlineData("079221000103", "079******103")]
    [InlineData("079 221 000 103", "079******103")]
    [InlineData("07922100011", "079*****011")]
    [InlineData("07922100010A", "079******10A")]
    [InlineData("12345", "*****")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void MaskRaw_Value_HidesTheMiddle(string? raw, string expected)
    {
        Assert.Equal(expected, PersonalIdCheck.MaskRaw(raw));
    }

    [Fact]
    public void MaskRaw_LongValue_IsCutToTwentyCharacters()
    {
        Assert.Equal(20, PersonalIdCheck.MaskRaw(new string('1', 60)).Length);
    }

    [Theory]
    [InlineData("079221000103")]
    [InlineData("000000000000")]
    [InlineData("999999999999")]
    [InlineData("TMP000000109")]
    [InlineData("TMP999999999")]
    public void Keys_RoundTrip(string canonical)
    {
        var id = PersonalId.FromCanonical(canonical);

        Assert.Equal(id, PersonalIdKeys.FromKey(PersonalIdKeys.ToKey(id)));
    }

    [Fact]
    public void Keys_TemporaryCodeAndCitizenNumberWithSameDigits_Differ()
    {
        var citizen = PersonalIdKeys.ToKey(PersonalId.FromCanonical("000000000109"));
        var temporary = PersonalIdKeys.ToKey(PersonalId.FromCanonical("TMP000000109"));

        Assert.NotEqual(citizen, temporary);
    }
}
