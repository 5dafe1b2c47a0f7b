namespace SafetyBot.TeamsAppPackage;

/// <summary>Teams' rules for the two app icons that the schema cannot check.</summary>
public static class IconRequirements
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    public static IReadOnlyList<string> CheckColor(string name, byte[] png)
    {
        var (image, error) = TryDecode(name, png);
        if (image is null)
        {
            return [error!];
        }

        return image.Width == ColorSize && image.Height == ColorSize
            ? []
            : [$"{name}: the colour icon must be {ColorSize}x{ColorSize} pixels, not {image.Width}x{image.Height}"];
    }

    /// <summary>32x32, white on a transparent background: every visible pixel pure white, some pixels fully transparent.</summary>
    public static IReadOnlyList<string> CheckOutline(string name, byte[] png)
    {
        var (image, error) = TryDecode(name, png);
        if (image is null)
        {
            return [error!];
        }

        var problems = new List<string>();
        if (image.Width != OutlineSize || image.Height != OutlineSize)
        {
            problems.Add($"{name}: the outline icon must be {OutlineSize}x{OutlineSize} pixels, not {image.Width}x{image.Height}");
        }

        int transparent = 0, visible = 0;
        (int X, int Y)? coloured = null;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var (r, g, b, a) = image.Pixel(x, y);
                if (a == 0)
                {
                    transparent++;
                    continue;
                }

                visible++;
                if ((r, g, b) != (255, 255, 255))
                {
                    coloured ??= (x, y);
                }
            }
        }

        if (coloured is { } at)
        {
            problems.Add($"{name}: the outline icon must be white only; pixel ({at.X},{at.Y}) has another colour");
        }

        if (transparent == 0)
        {
            problems.Add($"{name}: the outline icon needs a transparent background (no pixel is transparent)");
        }

        if (visible == 0)
        {
            problems.Add($"{name}: the outline icon is empty (every pixel is transparent)");
        }

        return problems;
    }

    private static (PngImage? Image, string? Error) TryDecode(string name, byte[] png)
    {
        try
        {
            return (PngImage.Decode(png), null);
        }
        catch (InvalidDataException e)
        {
            return (null, $"{name}: {e.Message}");
        }
    }
}
