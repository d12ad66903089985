using System.Security.Cryptography;
using System.Text;

namespace Admissions.Domain.Security;

/// <summary>
/// HMAC-SHA256 of personal values (IDs, client addresses) under a secret key, so that cache keys,
/// audit rows and rate-limit partitions can match a value without storing it.
/// </summary>
public sealed class KeyedHasher
{
    private readonly byte[] key;

    public KeyedHasher(byte[] key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("The hashing key must be at least 32 bytes.", nameof(key));
        }

        this.key = key.ToArray();
    }

    public byte[] Hash(string value) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value));

    /// <summary>The hash as lowercase hex, for Redis keys.</summary>
    public string HashHex(string value) => Convert.ToHexStringLower(Hash(value));
}
