using System.Text.RegularExpressions;

namespace SafetyBot.Knowledge.Content;

/// <summary>
/// The English plans are translations of the Dutch ones (issue #27): each translates an existing Dutch plan
/// (same type, id with <see cref="ContentVocabulary.EnglishIdSuffix"/>), has the same sections with the same
/// number of steps in each, and names only help lines the English help lines file has. A Dutch plan without
/// an English one is a warning: the bot then shows the Dutch plan under English card text.
/// </summary>
internal static class EnglishPlanCheck
{
    public static void Check(
        IReadOnlyList<IncidentPlan> dutch,
        IReadOnlyList<IncidentPlan> english,
        IReadOnlyList<HelpLine> dutchLines,
        IReadOnlyList<HelpLine> englishLines,
        ValidationReport report)
    {
        if (english.Count == 0 && englishLines.Count == 0)
        {
            return;
        }

        var englishKeys = englishLines.Select(h => h.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var missing in dutchLines.Where(h => !englishKeys.Contains(h.Key)))
        {
            report.Error(ContentVocabulary.EnglishHelpLinesFile, $"no English help line '{missing.Key}' beside the Dutch one");
        }

        foreach (var line in englishLines)
        {
            if (dutchLines.FirstOrDefault(h => string.Equals(h.Key, line.Key, StringComparison.OrdinalIgnoreCase)) is not { } original)
            {
                report.Error(ContentVocabulary.EnglishHelpLinesFile, $"help line '{line.Key}' is not in {ContentVocabulary.HelpLinesFile}");
            }
            else if (original.AroundTheClock != line.AroundTheClock)
            {
                report.Error(ContentVocabulary.EnglishHelpLinesFile, $"help line '{line.Key}' says around the clock differently from {ContentVocabulary.HelpLinesFile}");
            }
        }

        foreach (var plan in english)
        {
            var original = dutch.FirstOrDefault(d => d.IncidentType == plan.IncidentType);
            if (original is null)
            {
                report.Error(plan.Origin, $"an English plan for '{IncidentTypes.Code(plan.IncidentType)}', but no Dutch plan to translate");
                continue;
            }

            if (plan.Id != original.Id + ContentVocabulary.EnglishIdSuffix)
            {
                report.Error(plan.Origin, $"the English plan for '{IncidentTypes.Code(plan.IncidentType)}' has the id '{original.Id}{ContentVocabulary.EnglishIdSuffix}'");
            }

            CheckSameSteps(plan, original, report);
            foreach (Match placeholder in ContentVocabulary.Placeholder().Matches(string.Join('\n', plan.Sections.Select(s => s.Markdown))))
            {
                var name = placeholder.Groups["name"].Value;
                if (ContentVocabulary.HelpLineKey(name) is { } key ? !englishKeys.Contains(key) : !ContentVocabulary.ContactPlaceholders.Contains(name))
                {
                    report.Error(plan.Origin, $"placeholder {{{name}}} is not a school contact or a help line of {ContentVocabulary.EnglishHelpLinesFile}");
                }
            }
        }

        foreach (var untranslated in dutch.Where(d => english.All(e => e.IncidentType != d.IncidentType)))
        {
            report.Warning(untranslated.Origin, "no English translation (incident/en/): an English message gets this Dutch plan");
        }
    }

    /// <summary>Same steps: every section of the Dutch plan has its English heading, with as many list items.</summary>
    private static void CheckSameSteps(IncidentPlan plan, IncidentPlan original, ValidationReport report)
    {
        var vocabulary = ContentVocabulary.EnglishPlan;
        var translated = plan.Sections.ToDictionary(s => vocabulary.ToDutch(s.Heading), StringComparer.OrdinalIgnoreCase);
        foreach (var section in original.Sections)
        {
            if (!translated.TryGetValue(section.Heading, out var english))
            {
                report.Error(plan.Origin, $"no translation of the section '## {section.Heading}' of {original.Id}");
                continue;
            }

            var (dutchSteps, englishSteps) = (MarkdownLists.Items(section.Markdown).Count, MarkdownLists.Items(english.Markdown).Count);
            if (dutchSteps != englishSteps)
            {
                report.Error(plan.Origin, $"'## {english.Heading}' has {englishSteps} items where {original.Id} has {dutchSteps}: a translation keeps the same steps");
            }
        }

        foreach (var extra in plan.Sections.Where(s => original.Section(vocabulary.ToDutch(s.Heading)) is null))
        {
            report.Error(plan.Origin, $"the section '## {extra.Heading}' is not in {original.Id}");
        }
    }
}
