namespace SafetyBot.Knowledge.Content;

/// <summary>
/// Reads the national help lines file (<see cref="ContentVocabulary.HelpLinesFile"/>): one section per
/// line, with an id and the 'Voor:', 'Bereikbaar:' and 'Dag en nacht:' lines. Its front matter is not checked.
/// </summary>
internal static class HelpLineReader
{
    public static void Read(ParsedContent file, ContentParts parts, ValidationReport report)
    {
        parts.HelpLines.AddRange(Lines(file, ContentVocabulary.DutchPlan, report));
        parts.HelpLinesId = file.Front!.Id;
    }

    /// <summary>The English help lines (<see cref="ContentVocabulary.EnglishHelpLinesFile"/>): same keys, English labels.</summary>
    public static void ReadEnglish(ParsedContent file, ContentParts parts, ValidationReport report) =>
        parts.EnglishHelpLines.AddRange(Lines(file, ContentVocabulary.EnglishPlan, report));

    private static IEnumerable<HelpLine> Lines(ParsedContent file, IncidentPlanVocabulary labels, ValidationReport report)
    {
        foreach (var section in file.Sections)
        {
            var lines = section.Markdown.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var forLine = lines.FirstOrDefault(l => l.StartsWith(labels.HelpLineFor, StringComparison.OrdinalIgnoreCase));
            var reachLine = lines.FirstOrDefault(l => l.StartsWith(labels.HelpLineReach, StringComparison.OrdinalIgnoreCase));
            if (forLine is null || reachLine is null || !file.HeadingHasId(section))
            {
                report.Error(file.File.Path, $"help line '{section.Heading}' needs an id {{#key}}, a '{labels.HelpLineFor}' line and a '{labels.HelpLineReach}' line");
                continue;
            }

            var clockLine = lines.FirstOrDefault(l => l.StartsWith(labels.HelpLineAroundTheClock, StringComparison.OrdinalIgnoreCase));
            var clock = clockLine?[labels.HelpLineAroundTheClock.Length..].Trim().TrimEnd('.').ToLowerInvariant();
            if (clock is null || !labels.AroundTheClockValues.Contains(clock))
            {
                report.Error(file.File.Path, $"help line '{section.Heading}' needs a '{labels.HelpLineAroundTheClock}' line saying {string.Join(", ", labels.AroundTheClockValues)}");
                continue;
            }

            yield return new HelpLine(section.Id, section.Heading, forLine[labels.HelpLineFor.Length..].Trim(), reachLine[labels.HelpLineReach.Length..].Trim())
            {
                AroundTheClock = clock == labels.AroundTheClockValues[0],
            };
        }
    }
}
