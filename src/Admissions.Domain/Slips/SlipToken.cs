using System.Buffers.Binary;
using System.Security.Cryptography;
using Admissions.Domain.Security;

namespace Admissions.Domain.Slips;

/// <summary>The content of a slip's QR token: which confirmation it was issued for, and when.</summary>
public readonly record struct SlipClaim(long ConfirmationId, DateTimeOffset IssuedAt);

/// <summary>
/// Signs and verifies slip tokens: base64url of a version byte, the confirmation id and the issue time
/// (Unix seconds), followed by the first 16 bytes of an HMAC-SHA256 over those 17 bytes.
/// The token carries no personal data.
/// </summary>
public sealed class SlipTokenSigner
{
    private const byte FormatVersion = 1;
    private const int PayloadLength = 17;
    private const int SignatureLength = 16;

    private readonly LazyKey lazyKey;

    public SlipTokenSigner(byte[] key)
        : this(() => key)
    {
        _ = lazyKey.Value;
    }

    /// <summary>Reads the key on first use, so that a key stored in a database is not needed at start-up.</summary>
    public SlipTokenSigner(Func<byte[]> keySource) => lazyKey = new LazyKey(keySource, "slip signing key");

    private byte[] key => lazyKey.Value;

    public string Sign(SlipClaim claim)
    {
        Span<byte> token = stackalloc byte[PayloadLength + SignatureLength];
        token[0] = FormatVersion;
        BinaryPrimitives.WriteInt64BigEndian(token[1..9], claim.ConfirmationId);
        BinaryPrimitives.WriteInt64BigEndian(token[9..17], claim.IssuedAt.ToUnixTimeSeconds());

        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key, token[..PayloadLength], mac);
        mac[..SignatureLength].CopyTo(token[PayloadLength..]);

        return Base64UrlEncode(token);
    }

    /// <summary>Returns the claim of a genuine token, or null for a forged, damaged or unknown-format token.</summary>
    public SlipClaim? Verify(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return null;
        }

        var bytes = Base64UrlDecode(token);
        if (bytes is null || bytes.Length != PayloadLength + SignatureLength || bytes[0] != FormatVersion)
        {
            return null;
        }

        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key, bytes.AsSpan(0, PayloadLength), mac);
        if (!CryptographicOperations.FixedTimeEquals(mac[..SignatureLength], bytes.AsSpan(PayloadLength)))
        {
            return null;
        }

        var confirmationId = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(1, 8));
        var issuedAt = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(9, 8));
        return new SlipClaim(confirmationId, DateTimeOffset.FromUnixTimeSeconds(issuedAt));
    }

    private static string Base64UrlEncode(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? Base64UrlDecode(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return null;
            }
        }

        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch
        {
            2 => "==",
            3 => "=",
            0 => "",
            _ => null,
        };

        if (padded.Length % 4 != 0)
        {
            return null;
        }

        return Convert.FromBase64String(padded);
    }
}
