using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ZXing;
using ZXing.Common;

namespace Admissions.Tests.Infrastructure;

/// <summary>Decodes a QR code from a PNG or JPEG image with ZXing.Net, using ImageSharp as the managed image decoder.</summary>
public static class QrReader
{
    public static string? Decode(byte[] image)
    {
        using var picture = Image.Load<Rgba32>(image);
        var pixels = new byte[picture.Width * picture.Height * 4];
        picture.CopyPixelDataTo(pixels);

        var source = new RGBLuminanceSource(pixels, picture.Width, picture.Height, RGBLuminanceSource.BitmapFormat.RGBA32);

        // A screenshot scales the QR image by a non-integer factor, so try the binarizers and the pure-code mode in turn.
        foreach (var pure in new[] { false, true })
        {
            var hints = new Dictionary<DecodeHintType, object>
            {
                [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE },
                [DecodeHintType.TRY_HARDER] = true,
            };

            // ZXing treats the mere presence of this hint as "on", whatever its value.
            if (pure)
            {
                hints[DecodeHintType.PURE_BARCODE] = true;
            }

            foreach (Binarizer binarizer in new Binarizer[] { new HybridBinarizer(source), new GlobalHistogramBinarizer(source) })
            {
                try
                {
                    var text = new MultiFormatReader().decode(new BinaryBitmap(binarizer), hints)?.Text;
                    if (text is not null)
                    {
                        return text;
                    }
                }
                catch (ReaderException)
                {
                }
            }
        }

        return null;
    }

    /// <summary>Decodes the QR image of a slip page, given as a <c>data:image/png;base64,…</c> address.</summary>
    public static string? DecodeDataUri(string dataUri)
    {
        const string Prefix = "data:image/png;base64,";
        return dataUri.StartsWith(Prefix, StringComparison.Ordinal) ? Decode(Convert.FromBase64String(dataUri[Prefix.Length..])) : null;
    }
}
