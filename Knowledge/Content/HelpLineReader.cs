namespace SafetyBot.Knowledge.Content;

/// <summary>
/// Reads the national help lines file (<see cref="ContentVocabulary.HelpLinesFile"/>): one section per
/// line, with an id and the 'Voor:', 'Bereikbaar:' and 'Dag en nacht:' lines. Its front matter is not checked.
/// </summary>
internal static class HelpLineReader
{
    public static void Read(ParsedContent file, ContentParts parts, ValidationReport report)
    {
        parts.HelpLines.AddRange(Lines(file, report));
        parts.HelpLinesId = file.Front!.Id;
    }

    private static IEnumerable<HelpLine> Lines(ParsedContent file, ValidationReport report)
    {
        foreach (var section in file.Sections)
        {
            var lines = section.Markdown.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var forLine = lines.FirstOrDefault(l => l.StartsWith(ContentVocabulary.HelpLineForLabel, StringComparison.OrdinalIgnoreCase));
            var reachLine = lines.FirstOrDefault(l => l.StartsWith(ContentVocabulary.HelpLineReachLabel, StringComparison.OrdinalIgnoreCase));
            if (forLine is null || reachLine is null || !file.HeadingHasId(section))
            {
                report.Error(file.File.Path, $"help line '{section.Heading}' needs an id {{#key}}, a '{ContentVocabulary.HelpLineForLabel}' line and a '{ContentVocabulary.HelpLineReachLabel}' line");
                continue;
            }

            var clockLine = lines.FirstOrDefault(l => l.StartsWith(ContentVocabulary.HelpLineAroundTheClockLabel, StringComparison.OrdinalIgnoreCase));
            var clock = clockLine?[ContentVocabulary.HelpLineAroundTheClockLabel.Length..].Trim().TrimEnd('.').ToLowerInvariant();
            if (clock is null || !ContentVocabulary.HelpLineAroundTheClockValues.Contains(clock))
            {
                report.Error(file.File.Path, $"help line '{section.Heading}' needs a '{ContentVocabulary.HelpLineAroundTheClockLabel}' line saying {string.Join(", ", ContentVocabulary.HelpLineAroundTheClockValues)}");
                continue;
            }

            yield return new HelpLine(section.Id, section.Heading, forLine[ContentVocabulary.HelpLineForLabel.Length..].Trim(), reachLine[ContentVocabulary.HelpLineReachLabel.Length..].Trim())
            {
                AroundTheClock = clock == "ja",
            };
        }
    }
}
