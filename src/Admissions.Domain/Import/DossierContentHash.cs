using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Admissions.Domain.Dossiers;

namespace Admissions.Domain.Import;

/// <summary>
/// SHA-256 over the normalised content of a dossier, so that a re-import can tell a changed row from an
/// identical one without comparing every column. Warnings are not part of it.
/// </summary>
public static class DossierContentHash
{
    /// <summary>Changes whenever the encoding below changes, so that old and new hashes never match by accident.</summary>
    private const byte FormatVersion = 1;

    public const int Length = 32;

    /// <summary>
    /// Computes the hash over every field of <paramref name="data"/> in a fixed order. Each field is
    /// written as a presence byte, then for present values a 4-byte big-endian length and the UTF-8
    /// bytes, so a null, an empty string and a shifted value all hash differently. The result is stable
    /// across processes and versions of .NET.
    /// </summary>
    public static byte[] Compute(DossierData data)
    {
        Span<string?> fields =
        [
            data.NationalId.Value,
            data.FullName,
            data.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            data.Sex.ToDb(),
            data.BirthRegistrationPlace,
            data.NativePlace,
            data.Ethnicity,
            data.Nationality,
            data.PermanentResidence,
            data.CurrentResidence,
            data.WardCode,
            data.HouseholdRelation,
            data.PreschoolCode,
            data.PreschoolName,
            data.PreschoolClass,
            data.FatherName,
            Year(data.FatherBirthYear),
            data.FatherPhone,
            data.MotherName,
            Year(data.MotherBirthYear),
            data.MotherPhone,
            data.GuardianName,
            data.GuardianPhone,
        ];

        var capacity = 1;
        foreach (var field in fields)
        {
            capacity += 1 + 4 + (field is null ? 0 : Encoding.UTF8.GetMaxByteCount(field.Length));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(capacity);
        try
        {
            var length = 0;
            buffer[length++] = FormatVersion;
            foreach (var field in fields)
            {
                length += WriteField(buffer.AsSpan(length), field);
            }

            return SHA256.HashData(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int WriteField(Span<byte> destination, string? value)
    {
        if (value is null)
        {
            destination[0] = 0;
            return 1;
        }

        destination[0] = 1;
        var byteCount = Encoding.UTF8.GetBytes(value, destination[5..]);
        BinaryPrimitives.WriteInt32BigEndian(destination[1..5], byteCount);
        return 5 + byteCount;
    }

    private static string? Year(int? year) => year?.ToString(CultureInfo.InvariantCulture);
}
