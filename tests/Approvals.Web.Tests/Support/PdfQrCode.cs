using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;
using ZXing;
using ZXing.Common;

namespace Approvals.Web.Tests.Support;

/// <summary>
/// Reads the QR code of a document the way a phone would: the pixels of the page's one image, decoded by ZXing.Net.
/// </summary>
public static class PdfQrCode
{
    /// <summary>The text the document's QR code encodes.</summary>
    public static string Decode(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var image = Assert.Single(Assert.Single(document.GetPages()).GetImages());
        var reader = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
        var result = reader.Decode(new RGBLuminanceSource(Luminance(image), image.WidthInSamples, image.HeightInSamples, RGBLuminanceSource.BitmapFormat.Gray8));
        Assert.True(result is not null, "The document's image is not a readable QR code.");
        return result.Text;
    }

    /// <summary>One byte of brightness per pixel, from the image's samples in whatever colour space it declares.</summary>
    private static byte[] Luminance(IPdfImage image)
    {
        Assert.True(image.TryGetBytesAsMemory(out var decoded), "The QR code's image could not be decoded.");
        var colours = image.ColorSpaceDetails ?? DeviceGrayColorSpaceDetails.Instance;
        var components = colours.NumberOfColorComponents;
        var bits = image.BitsPerComponent;
        var indexed = colours is IndexedColorSpaceDetails;
        var maximum = (1 << bits) - 1;
        var stride = (image.WidthInSamples * components * bits + 7) / 8;
        var samples = decoded.Span;
        var pixels = new byte[image.WidthInSamples * image.HeightInSamples];
        Span<double> values = stackalloc double[components];
        for (var y = 0; y < image.HeightInSamples; y++)
        {
            for (var x = 0; x < image.WidthInSamples; x++)
            {
                for (var c = 0; c < components; c++)
                {
                    var raw = Sample(samples, y * stride, (x * components + c) * bits, bits);
                    values[c] = indexed ? raw : (double)raw / maximum;
                }
                var (r, g, b) = colours.GetColor(values).ToRGBValues();
                pixels[y * image.WidthInSamples + x] = (byte)Math.Round(255 * (r + g + b) / 3);
            }
        }
        return pixels;
    }

    private static int Sample(ReadOnlySpan<byte> samples, int rowStart, int bitOffset, int bits)
    {
        if (bits == 8)
            return samples[rowStart + bitOffset / 8];
        var value = 0;
        for (var i = 0; i < bits; i++)
        {
            var bit = bitOffset + i;
            value = (value << 1) | ((samples[rowStart + bit / 8] >> (7 - bit % 8)) & 1);
        }
        return value;
    }
}
