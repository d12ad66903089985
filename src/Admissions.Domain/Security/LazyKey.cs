namespace Admissions.Domain.Security;

/// <summary>
/// A secret key read on first use. One caller loads it while the others wait. A failed load is not remembered, so the
/// next use tries again, for example once the database that stores the key is back.
/// </summary>
public sealed class LazyKey(Func<byte[]> source, string name)
{
    private readonly object gate = new();
    private byte[]? key;

    public byte[] Value
    {
        get
        {
            var loaded = Volatile.Read(ref key);
            if (loaded is not null)
            {
                return loaded;
            }

            lock (gate)
            {
                if (key is null)
                {
                    var value = source();
                    if (value.Length < 32)
                    {
                        throw new ArgumentException($"The {name} must be at least 32 bytes.");
                    }

                    Volatile.Write(ref key, value.ToArray());
                }

                return key;
            }
        }
    }
}
