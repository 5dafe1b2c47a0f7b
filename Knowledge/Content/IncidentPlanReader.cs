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

        var language = ContentVocabulary.LanguageOf(file.File.Path);
        var vocabulary = ContentVocabulary.Plan(language);
        foreach (var required in vocabulary.Required.Where(s => common.Section(s) is null))
        {
            report.Error(file.File.Path, $"incident plan lacks the section '## {required}'");
        }

        // A warning, not an error: a school's own content folder from before issue #27 must still start.
        if (ContentVocabulary.AftercareTypes.Contains(type.Value) && common.Section(vocabulary.Aftercare) is null)
        {
            report.Warning(file.File.Path, $"a plan for '{IncidentTypes.Code(type.Value)}' needs the section '## {vocabulary.Aftercare}' (support for the teacher), or the card does not point the teacher to it");
        }

        if (language == ContentLanguage.English)
        {
            if (!common.Id.EndsWith(ContentVocabulary.EnglishIdSuffix, StringComparison.Ordinal))
            {
                report.Error(file.File.Path, $"an English plan's id ends with '{ContentVocabulary.EnglishIdSuffix}'");
            }

            if (file.Front!.Confirm is not { Count: > 0 })
            {
                report.Error(file.File.Path, "an English plan is a translation for a content owner to confirm: list it under 'confirm:'");
            }
        }

        // A plan keeps no example questions: only articles' and out-of-scope topics' are searched.
        var plan = new IncidentPlan(common with { Questions = [] }, type.Value) { Language = language };
        (language == ContentLanguage.English ? parts.EnglishIncidents : parts.Incidents).Add(plan);
    }
}
