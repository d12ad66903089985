using Admissions.Domain.Text;

namespace Admissions.Domain.Corrections;

/// <summary>The file types accepted as evidence of a correction request.</summary>
public enum EvidenceType
{
    Jpeg,
    Png,
    Pdf,
}

/// <summary>
/// Limits and type detection of evidence files. The type comes from the leading bytes of the content
/// (the format's signature), never from the file name or the Content-Type the browser sent.
/// </summary>
public static class EvidenceFiles
{
    public const int MaxCount = 5;

    /// <summary>5 MiB per file.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>How many leading bytes <see cref="Detect"/> needs to tell every accepted type apart.</summary>
    public const int SignatureLength = 16;

    private const int MaxDisplayNameLength = 100;

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    // PNG signature, then the length and type of the IHDR chunk that must come first.
    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> PngHeaderChunk => [(byte)'I', (byte)'H', (byte)'D', (byte)'R'];

    private static ReadOnlySpan<byte> PdfSignature => "%PDF-"u8;

    /// <summary>Returns the type whose signature the content starts with, or null for any other content.</summary>
    public static EvidenceType? Detect(ReadOnlySpan<byte> leadingBytes)
    {
        if (leadingBytes.StartsWith(JpegSignature))
        {
            return EvidenceType.Jpeg;
        }

        if (leadingBytes.StartsWith(PngSignature) && leadingBytes.Length >= 16 && leadingBytes[12..16].SequenceEqual(PngHeaderChunk))
        {
            return EvidenceType.Png;
        }

        return leadingBytes.StartsWith(PdfSignature) ? EvidenceType.Pdf : null;
    }

    public static string ContentType(this EvidenceType type) => type switch
    {
        EvidenceType.Jpeg => "image/jpeg",
        EvidenceType.Png => "image/png",
        EvidenceType.Pdf => "application/pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static EvidenceType FromContentType(string contentType) => contentType switch
    {
        "image/jpeg" => EvidenceType.Jpeg,
        "image/png" => EvidenceType.Png,
        "application/pdf" => EvidenceType.Pdf,
        _ => throw new ArgumentOutOfRangeException(nameof(contentType), contentType, "Not an evidence content type."),
    };

    /// <summary>The file name extension that matches the detected type, with the dot.</summary>
    public static string Extension(this EvidenceType type) => type switch
    {
        EvidenceType.Jpeg => ".jpg",
        EvidenceType.Png => ".png",
        EvidenceType.Pdf => ".pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static bool IsImage(this EvidenceType type) => type is EvidenceType.Jpeg or EvidenceType.Png;

    /// <summary>
    /// The name to show for an uploaded file: its last path segment (some browsers send the whole path),
    /// NFC with white space collapsed, at most 100 characters.
    /// </summary>
    public static string DisplayName(string? fileName)
    {
        var name = TextNormalizer.Normalize(fileName);
        var lastSeparator = name.LastIndexOfAny(['/', '\\']);
        if (lastSeparator >= 0)
        {
            name = name[(lastSeparator + 1)..].Trim();
        }

        if (name.Length == 0)
        {
            return "(không có tên)";
        }

        return name.Length <= MaxDisplayNameLength ? name : name[..(MaxDisplayNameLength - 1)] + "…";
    }

    /// <summary>
    /// Checks one uploaded file by its size and leading bytes. Returns the Vietnamese error, or null with the
    /// detected <paramref name="type"/>.
    /// </summary>
    public static string? Check(string displayName, long length, ReadOnlySpan<byte> leadingBytes, out EvidenceType type)
    {
        type = default;
        if (length == 0)
        {
            return CorrectionMessages.FileEmpty(displayName);
        }

        if (length > MaxBytes)
        {
            return CorrectionMessages.FileTooLarge(displayName);
        }

        if (Detect(leadingBytes) is not { } detected)
        {
            return CorrectionMessages.FileTypeNotAllowed(displayName);
        }

        type = detected;
        return null;
    }
}
