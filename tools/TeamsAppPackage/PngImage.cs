using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SafetyBot.TeamsAppPackage;

/// <summary>
/// A decoded 8-bit, non-interlaced PNG as RGBA pixels: enough to check the app icons without an image library.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, int colorType, byte[] rgba)
    {
        Width = width;
        Height = height;
        ColorType = colorType;
        Rgba = rgba;
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA.</summary>
    public int ColorType { get; }

    /// <summary>Row-major, four bytes per pixel.</summary>
    public byte[] Rgba { get; }

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    /// <summary>Decodes a PNG; throws <see cref="InvalidDataException"/> with a reason when it cannot.</summary>
    public static PngImage Decode(ReadOnlySpan<byte> png)
    {
        if (png.Length < Signature.Length || !png[..Signature.Length].SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file");
        }

        int width = 0, height = 0, bitDepth = 0, colorType = -1, interlace = 0;
        byte[] palette = [], paletteAlpha = [];
        using var compressed = new MemoryStream();
        var offset = Signature.Length;
        while (offset + 12 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png[offset..]);
            var type = Encoding.ASCII.GetString(png.Slice(offset + 4, 4));
            if (length < 0 || offset + 12 + length > png.Length)
            {
                throw new InvalidDataException($"chunk {type} runs past the end of the file");
            }

            var data = png.Slice(offset + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = (int)BinaryPrimitives.ReadUInt32BigEndian(data);
                    height = (int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
                    (bitDepth, colorType, interlace) = (data[8], data[9], data[12]);
                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "tRNS":
                    paletteAlpha = data.ToArray();
                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
            }

            offset += 12 + length;
            if (type == "IEND")
            {
                break;
            }
        }

        if (width <= 0 || height <= 0 || width > 4096 || height > 4096)
        {
            throw new InvalidDataException($"unsupported size {width}x{height}");
        }

        if (bitDepth != 8 || interlace != 0)
        {
            throw new InvalidDataException($"only 8-bit, non-interlaced PNGs are supported (got {bitDepth}-bit, interlace {interlace})");
        }

        var channels = colorType switch
        {
            0 => 1,
            2 => 3,
            3 => 1,
            4 => 2,
            6 => 4,
            _ => throw new InvalidDataException($"unknown colour type {colorType}"),
        };
        if (colorType == 3 && palette.Length == 0)
        {
            throw new InvalidDataException("palette image without a PLTE chunk");
        }

        var raw = Unfilter(Inflate(compressed.ToArray()), width, height, channels);
        var rgba = new byte[width * height * 4];
        for (var p = 0; p < width * height; p++)
        {
            var s = p * channels;
            var (r, g, b, a) = colorType switch
            {
                0 => (raw[s], raw[s], raw[s], (byte)255),
                2 => (raw[s], raw[s + 1], raw[s + 2], (byte)255),
                3 => PaletteEntry(palette, paletteAlpha, raw[s]),
                4 => (raw[s], raw[s], raw[s], raw[s + 1]),
                _ => (raw[s], raw[s + 1], raw[s + 2], raw[s + 3]),
            };
            (rgba[p * 4], rgba[(p * 4) + 1], rgba[(p * 4) + 2], rgba[(p * 4) + 3]) = (r, g, b, a);
        }

        return new PngImage(width, height, colorType, rgba);
    }

    private static (byte, byte, byte, byte) PaletteEntry(byte[] palette, byte[] alpha, byte index)
    {
        if ((index * 3) + 2 >= palette.Length)
        {
            throw new InvalidDataException($"palette index {index} out of range");
        }

        return (palette[index * 3], palette[(index * 3) + 1], palette[(index * 3) + 2], index < alpha.Length ? alpha[index] : (byte)255);
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Unfilter(byte[] data, int width, int height, int bytesPerPixel)
    {
        var stride = width * bytesPerPixel;
        if (data.Length < height * (stride + 1))
        {
            throw new InvalidDataException("image data is shorter than its size says");
        }

        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            var source = (y * (stride + 1)) + 1;
            var row = y * stride;
            for (var x = 0; x < stride; x++)
            {
                var left = x >= bytesPerPixel ? pixels[row + x - bytesPerPixel] : 0;
                var up = y > 0 ? pixels[row - stride + x] : 0;
                var upLeft = x >= bytesPerPixel && y > 0 ? pixels[row - stride + x - bytesPerPixel] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown filter type {filter} in row {y}"),
                };
                pixels[row + x] = (byte)(data[source + x] + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
