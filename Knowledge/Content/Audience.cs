namespace SafetyBot.Knowledge.Content;

/// <summary>The school types an article applies to: primary, secondary, vocational.</summary>
[Flags]
public enum Audience
{
    None = 0,
    Po = 1,
    Vo = 2,
    Mbo = 4,
    All = Po | Vo | Mbo,
}

public static class AudienceCodes
{
    /// <summary>Parses "po", "vo", "mbo" (case-insensitive); null for anything else.</summary>
    public static Audience? TryParse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "po" => Audience.Po,
        "vo" => Audience.Vo,
        "mbo" => Audience.Mbo,
        _ => null,
    };

    /// <summary>A comma-separated list such as "po,vo"; empty or invalid entries mean all.</summary>
    public static Audience ParseList(string? list)
    {
        var result = Audience.None;
        foreach (var part in (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            result |= TryParse(part) ?? Audience.None;
        }

        return result == Audience.None ? Audience.All : result;
    }

    public static IEnumerable<string> Codes(Audience audience)
    {
        if (audience.HasFlag(Audience.Po))
        {
            yield return "po";
        }

        if (audience.HasFlag(Audience.Vo))
        {
            yield return "vo";
        }

        if (audience.HasFlag(Audience.Mbo))
        {
            yield return "mbo";
        }
    }

    /// <summary>Dutch label for cards: "po, vo en mbo".</summary>
    public static string Label(Audience audience)
    {
        var codes = Codes(audience).ToArray();
        return codes.Length switch
        {
            0 => "iedereen",
            1 => codes[0],
            _ => string.Join(", ", codes[..^1]) + " en " + codes[^1],
        };
    }
}
