using System.Security.Cryptography;

namespace Admissions.Domain.Slips;

/// <summary>
/// Short receipt codes that can be read aloud over the phone: a season prefix and eight random
/// Crockford base32 characters in two groups, for example <c>TS27-8K4M-Q2ZP</c>.
/// </summary>
public static class ReceiptCode
{
    // Crockford's alphabet leaves out I, L, O and U so that codes survive being read aloud.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(int schoolYearStart)
    {
        Span<byte> random = stackalloc byte[8];
        RandomNumberGenerator.Fill(random);

        Span<char> body = stackalloc char[8];
        for (var i = 0; i < body.Length; i++)
        {
            body[i] = Alphabet[random[i] & 31];
        }

        return $"TS{schoolYearStart % 100:D2}-{body[..4]}-{body[4..]}";
    }
}
