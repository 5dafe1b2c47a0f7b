namespace SafetyBot.Knowledge.Content;

/// <summary>
/// Reads the incident plans of <c>content/incident/</c>: one per incident type, each with the act-now
/// sections. The help lines file in the same folder is read by <see cref="HelpLineReader"/>.
/// </summary>
internal static class IncidentPlanReader
{
    public static void Read(ParsedContent file, ContentParts parts, ValidationReport report)
    {
        if (FrontMatterCheck.Read(file, report) is not { } common)
        {
            return;
        }

        var type = IncidentTypes.TryParse(file.Front!.Incident);
        if (type is null)
        {
            report.Error(file.File.Path, $"'incident' must be one of {string.Join(", ", IncidentTypes.All.Select(IncidentTypes.Code))}");
            return;
        }

        foreach (var required in ContentVocabulary.IncidentSections.Where(s => common.Section(s) is null))
        {
            report.Error(file.File.Path, $"incident plan lacks the section '## {required}'");
        }

        // A plan keeps no example questions: only articles' and out-of-scope topics' are searched.
        parts.Incidents.Add(new IncidentPlan(common with { Questions = [] }, type.Value));
    }
}
