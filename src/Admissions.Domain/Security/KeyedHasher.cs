using System.Security.Cryptography;
using System.Text;

namespace Admissions.Domain.Security;

/// <summary>
/// HMAC-SHA256 of personal values (IDs, client addresses) under a secret key, so that cache keys,
/// audit rows and rate-limit partitions can match a value without storing it.
/// </summary>
public sealed class KeyedHasher
{
    private readonly LazyKey key;

    public KeyedHasher(byte[] key)
        : this(() => key)
    {
        _ = this.key.Value;
    }

    /// <summary>Reads the key on first use, so that a key stored in a database is not needed at start-up.</summary>
    public KeyedHasher(Func<byte[]> keySource) => key = new LazyKey(keySource, "hashing key");

    public byte[] Hash(string value) => HMACSHA256.HashData(key.Value, Encoding.UTF8.GetBytes(value));

    /// <summary>The hash as lowercase hex, for Redis keys.</summary>
    public string HashHex(string value) => Convert.ToHexStringLower(Hash(value));
}
