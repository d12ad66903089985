using System.Security.Cryptography;
using Admissions.Domain.Slips;

namespace Admissions.Tests.Unit;

public sealed class SlipTokenTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void Verify_SignedToken_ReturnsTheClaim()
    {
        var signer = new SlipTokenSigner(Key);
        var claim = new SlipClaim(123456789, DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

        var verified = signer.Verify(signer.Sign(claim));

        Assert.Equal(claim, verified);
    }

    [Fact]
    public void Sign_Token_IsShortUrlSafeAscii()
    {
        var token = new SlipTokenSigner(Key).Sign(new SlipClaim(long.MaxValue, DateTimeOffset.UtcNow));

        Assert.Equal(44, token.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
    }

    [Fact]
    public void Verify_EveryAlteredCharacter_IsRejected()
    {
        var signer = new SlipTokenSigner(Key);
        var token = signer.Sign(new SlipClaim(42, DateTimeOffset.FromUnixTimeSeconds(1_800_000_000)));

        for (var i = 0; i < token.Length; i++)
        {
            var altered = token[..i] + (token[i] == 'x' ? 'y' : 'x') + token[(i + 1)..];
            Assert.Null(signer.Verify(altered));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("!!!!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Verify_Garbage_IsRejected(string? token)
    {
        Assert.Null(new SlipTokenSigner(Key).Verify(token));
    }

    [Fact]
    public void Verify_TokenOfAnotherKey_IsRejected()
    {
        var token = new SlipTokenSigner(RandomNumberGenerator.GetBytes(32)).Sign(new SlipClaim(1, DateTimeOffset.UtcNow));

        Assert.Null(new SlipTokenSigner(Key).Verify(token));
    }

    [Fact]
    public void ReceiptCode_New_IsGroupedCrockfordBase32()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => ReceiptCode.New(2027)).ToList();

        Assert.All(codes, code => Assert.Matches("^TS27-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}$", code));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }
}
