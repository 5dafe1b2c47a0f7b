using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SafetyBot.IntegrationTests.Deployment;

/// <summary>
/// The test's own minimal PNG reader (independent of the packager's): the IHDR size and, for 8-bit RGB or
/// RGBA non-interlaced images, the pixels (IDAT inflated, rows unfiltered).
/// </summary>
public sealed class PngFile
{
    public required int Width { get; init; }
    public required int Height { get; init; }
    public required int ColorType { get; init; }

    /// <summary>Four bytes per pixel, row-major; alpha is 255 for RGB images.</summary>
    public required byte[] Rgba { get; init; }

    public static PngFile Read(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", Encoding.ASCII.GetString(png, 12, 4));
        var width = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16));
        var height = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20));
        var (bitDepth, colorType, interlace) = (png[24], png[25], png[28]);
        Assert.Equal(8, bitDepth);
        Assert.Equal(0, interlace);
        var channels = colorType switch
        {
            2 => 3,
            6 => 4,
            _ => throw new InvalidDataException($"colour type {colorType} is not read by this test"),
        };

        using var idat = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset));
            if (Encoding.ASCII.GetString(png, offset + 4, 4) == "IDAT")
            {
                idat.Write(png, offset + 8, length);
            }

            offset += length + 12;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var data = inflated.ToArray();
        var stride = width * channels;
        var raw = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var a = x >= channels ? raw[(y * stride) + x - channels] : 0;
                var b = y > 0 ? raw[((y - 1) * stride) + x] : 0;
                var c = x >= channels && y > 0 ? raw[((y - 1) * stride) + x - channels] : 0;
                var p = a + b - c;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Math.Abs(p - a) <= Math.Abs(p - b) && Math.Abs(p - a) <= Math.Abs(p - c) ? a : Math.Abs(p - b) <= Math.Abs(p - c) ? b : c,
                    _ => throw new InvalidDataException($"filter {filter}"),
                };
                raw[(y * stride) + x] = (byte)(data[(y * (stride + 1)) + 1 + x] + predictor);
            }
        }

        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            rgba[i * 4] = raw[i * channels];
            rgba[(i * 4) + 1] = raw[(i * channels) + 1];
            rgba[(i * 4) + 2] = raw[(i * channels) + 2];
            rgba[(i * 4) + 3] = channels == 4 ? raw[(i * channels) + 3] : (byte)255;
        }

        return new PngFile { Width = width, Height = height, ColorType = colorType, Rgba = rgba };
    }
}
