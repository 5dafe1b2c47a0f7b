using System.Text.RegularExpressions;
using SafetyBot.Knowledge.Text;

namespace SafetyBot.Knowledge.Content;

/// <summary>
/// Loads and validates content: each folder's reader checks its files (front matter through
/// <see cref="FrontMatterCheck"/>, then what the folder needs); the loader checks across files: unique
/// ids, links, one plan per incident type, the help lines and the protocol. <c>kb validate</c> prints
/// the report; the bot refuses to start on errors.
/// </summary>
public static class KnowledgeBaseLoader
{
    /// <summary>The reader of each content folder (the first segment of a file's path).</summary>
    private static readonly Dictionary<string, Action<ParsedContent, ContentParts, ValidationReport>> Readers = new(StringComparer.Ordinal)
    {
        [ContentVocabulary.ArticlesFolder] = ArticleReader.Read,
        [ContentVocabulary.IncidentFolder] = IncidentPlanReader.Read,
        [ContentVocabulary.ProtocolFolder] = ProtocolReader.Read,
        [ContentVocabulary.WeeklyFolder] = WeeklyDilemmaReader.Read,
        [ContentVocabulary.QuizFolder] = QuizQuestionReader.Read,
        [ContentVocabulary.OutOfScopeFolder] = OutOfScopeReader.Read,
    };

    public static LoadedContent Load(IContentSource source)
    {
        var report = new ValidationReport();
        var parsed = source.Files()
            .Where(f => f.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Select(MarkdownContentParser.Parse)
            .ToList();

        var parts = new ContentParts();
        foreach (var file in parsed)
        {
            if (file.Error is not null)
            {
                report.Error(file.File.Path, file.Error);
                continue;
            }

            AuthoringNoteCheck.Check(file, report);
            ReadFactsToConfirm(file, parts.FactsToConfirm, report);
            if (string.Equals(file.File.Path, ContentVocabulary.HelpLinesFile, StringComparison.OrdinalIgnoreCase))
            {
                HelpLineReader.Read(file, parts, report);
            }
            else if (string.Equals(file.File.Path, ContentVocabulary.EnglishHelpLinesFile, StringComparison.OrdinalIgnoreCase))
            {
                HelpLineReader.ReadEnglish(file, parts, report);
            }
            else if (Readers.TryGetValue(file.File.Path.Split('/')[0], out var read))
            {
                read(file, parts, report);
            }
            else
            {
                report.Warning(file.File.Path, $"not in a known content folder ({ContentVocabulary.ArticlesFolder}, {ContentVocabulary.IncidentFolder}, {ContentVocabulary.ProtocolFolder}, {ContentVocabulary.QuizFolder}, {ContentVocabulary.WeeklyFolder}, {ContentVocabulary.OutOfScopeFolder}); ignored");
            }
        }

        CheckAcrossFiles(parts.Articles, [.. parts.Incidents, .. parts.EnglishIncidents], parts.HelpLines, parts.HelpLinesId, parts.Protocol, report);
        EnglishPlanCheck.Check(parts.Incidents, parts.EnglishIncidents, parts.HelpLines, parts.EnglishHelpLines, report);
        CheckWeeklyAndQuiz(parts.Articles, parts.Incidents, [.. new[] { parts.HelpLinesId, parts.Protocol?.Id }.OfType<string>()], parts.Weekly, parts.Quiz, report);
        CheckQuestions(parts.Articles, parts.Incidents, parts.OutOfScope, report);
        var knowledge = new KnowledgeBase(parts.Articles, parts.Incidents, parts.HelpLines, parts.Protocol, source.Description)
        {
            EnglishIncidents = parts.EnglishIncidents, EnglishHelpLines = parts.EnglishHelpLines,
            Weekly = parts.Weekly, Quiz = parts.Quiz, OutOfScope = parts.OutOfScope, FactsToConfirm = parts.FactsToConfirm,
        };
        return new LoadedContent(knowledge, report, parsed);
    }

    /// <summary>The front matter's <c>confirm:</c> list: every entry needs a claim and a source.</summary>
    private static void ReadFactsToConfirm(ParsedContent file, List<FactToConfirm> facts, ValidationReport report)
    {
        if (file.Front?.Confirm is not { } entries)
        {
            return;
        }

        var line = Array.FindIndex(file.File.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'), l => l.StartsWith("confirm:", StringComparison.Ordinal)) + 1;
        var reviewed = MarkdownContentParser.ParseDate(file.Front.Reviewed);
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry?.Claim) || string.IsNullOrWhiteSpace(entry.Source))
            {
                report.Error(file.File.Path, "an entry in 'confirm' needs both 'claim' (the fact as the text states it) and 'source' (where a content owner checks it)", line == 0 ? null : line);
                continue;
            }

            facts.Add(new FactToConfirm(entry.Claim.Trim(), entry.Source.Trim(), file.File.Path, reviewed));
        }
    }

    /// <summary>Reads a school's own protocol file (School:ProtocolPath), same shape as the model.</summary>
    public static (ProtocolDocument? Protocol, ValidationReport Report) LoadProtocol(ContentFile file)
    {
        var report = new ValidationReport();
        var parsed = MarkdownContentParser.Parse(file);

        // A school's own file may have any name: its id need not match it.
        if (parsed.Front?.Id is { Length: > 0 } id && Path.GetFileNameWithoutExtension(file.Path) != id)
        {
            parsed = MarkdownContentParser.Parse(file with { Path = id + ".md" });
        }

        if (parsed.Error is not null)
        {
            report.Error(file.Path, parsed.Error);
            return (null, report);
        }

        var common = FrontMatterCheck.Read(parsed, report);
        return (common is null ? null : ProtocolReader.Document(parsed, common, report), report);
    }

    /// <summary>The longest example question the loader accepts: a teacher's question, not a story.</summary>
    public const int MaxQuestionLength = 300;

    /// <summary>An out-of-scope topic is recognised only by its example questions, so it needs a few.</summary>
    public const int MinOutOfScopeQuestions = 3;

    /// <summary>An example question in two files pulls both towards it: say which files share it.</summary>
    private static void CheckQuestions(IReadOnlyList<Article> articles, IReadOnlyList<IncidentPlan> incidents, IReadOnlyList<OutOfScopeTopic> outOfScope, ValidationReport report)
    {
        var ids = articles.Select(a => a.Id).Concat(incidents.Select(i => i.Id)).ToHashSet(StringComparer.Ordinal);
        foreach (var topic in outOfScope.Where(t => !ids.Add(t.Id)))
        {
            report.Error(topic.Origin, $"duplicate id '{topic.Id}'");
        }

        var owners = articles.Cast<ContentDocument>().Concat(outOfScope)
            .SelectMany(d => d.Questions.Select(q => (Question: NormalizeQuestion(q), Document: d)))
            .GroupBy(x => x.Question, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Document.Id).Distinct().Count() > 1);
        foreach (var shared in owners)
        {
            report.Warning(shared.First().Document.Origin, $"the example question \"{shared.Key}\" is also in {string.Join(", ", shared.Skip(1).Select(x => x.Document.Id).Distinct())}");
        }
    }

    private static string NormalizeQuestion(string question) =>
        string.Join(' ', WordSplitter.Split(question.ToLowerInvariant(), WordBreaks.Space | WordBreaks.SentencePunctuation));

    private static void CheckAcrossFiles(
        IReadOnlyList<Article> articles,
        IReadOnlyList<IncidentPlan> incidents,
        IReadOnlyList<HelpLine> helpLines,
        string? helpLinesId,
        ProtocolDocument? protocol,
        ValidationReport report)
    {
        var all = articles.Cast<ContentDocument>().Concat(incidents).Concat(protocol is null ? [] : [protocol]).ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in all.Where(d => !ids.Add(d.Id)))
        {
            report.Error(document.Origin, $"duplicate id '{document.Id}'");
        }

        // The help lines file is a link target too ("waar kun je terecht").
        if (helpLinesId is not null)
        {
            ids.Add(helpLinesId);
        }

        foreach (var document in all)
        {
            foreach (var link in document.Links.Where(l => !ids.Contains(l)))
            {
                report.Error(document.Origin, $"broken link to '{link}'");
            }

            foreach (var related in document.Related.Where(r => !ids.Contains(r)))
            {
                report.Error(document.Origin, $"'related' names '{related}', which does not exist");
            }
        }

        var dutch = incidents.Where(i => i.Language == ContentLanguage.Dutch).ToList();
        foreach (var missing in IncidentTypes.All.Where(t => dutch.All(i => i.IncidentType != t)))
        {
            report.Error($"{ContentVocabulary.IncidentFolder}/", $"no incident plan for '{IncidentTypes.Code(missing)}'");
        }

        foreach (var duplicate in incidents.GroupBy(i => (i.IncidentType, i.Language)).Where(g => g.Count() > 1))
        {
            report.Error($"{ContentVocabulary.IncidentFolder}/", $"more than one {(duplicate.Key.Language == ContentLanguage.English ? "English " : string.Empty)}incident plan for '{IncidentTypes.Code(duplicate.Key.IncidentType)}'");
        }

        if (helpLines.Count == 0)
        {
            report.Error(ContentVocabulary.HelpLinesFile, "no help lines (the act-now card needs the national lines)");
        }

        var lineKeys = helpLines.Select(h => h.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // English plans name help lines by the same keys; EnglishPlanCheck checks them against the English file.
        foreach (var incident in dutch)
        {
            var text = string.Join('\n', incident.Sections.Select(s => s.Markdown));
            foreach (Match placeholder in ContentVocabulary.Placeholder().Matches(text))
            {
                var name = placeholder.Groups["name"].Value;
                if (ContentVocabulary.HelpLineKey(name) is { } lineKey)
                {
                    if (!lineKeys.Contains(lineKey))
                    {
                        report.Error(incident.Origin, $"placeholder {{{name}}} names a help line that is not in {ContentVocabulary.HelpLinesFile}");
                    }
                }
                else if (!ContentVocabulary.ContactPlaceholders.Contains(name))
                {
                    report.Error(incident.Origin, $"unknown placeholder {{{name}}}");
                }
            }
        }

        if (protocol is null)
        {
            report.Error($"{ContentVocabulary.ProtocolFolder}/", "no model protocol");
        }
    }

    /// <summary>A school year has about 40 weeks: fewer dilemmas for an audience means repeats within a year.</summary>
    public const int WeeklyPerAudience = 40;

    private static void CheckWeeklyAndQuiz(
        IReadOnlyList<Article> articles,
        IReadOnlyList<IncidentPlan> incidents,
        IReadOnlyList<string> otherTargets,
        IReadOnlyList<WeeklyDilemma> weekly,
        IReadOnlyList<QuizQuestion> quiz,
        ValidationReport report)
    {
        // The help lines and the model protocol are link targets too, as they are for articles.
        var ids = articles.Select(a => a.Id).Concat(incidents.Select(i => i.Id)).ToHashSet(StringComparer.Ordinal);
        var targets = ids.Concat(otherTargets).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, origin, links) in weekly.Select(w => (w.Id, w.Origin, w.Links.Concat(w.Related)))
                     .Concat(quiz.Select(q => (q.Id, q.Origin, q.Links.Concat(q.Related)))))
        {
            if (!ids.Add(id))
            {
                report.Error(origin, $"duplicate id '{id}'");
            }

            foreach (var link in links.Distinct().Where(l => !targets.Contains(l)))
            {
                report.Error(origin, $"links '{link}', which is not an article, incident plan, the help lines or the protocol");
            }
        }

        foreach (var audience in new[] { Audience.Po, Audience.Vo, Audience.Mbo })
        {
            var count = weekly.Count(w => w.Audience.HasFlag(audience));
            if (count < WeeklyPerAudience)
            {
                report.Warning($"{ContentVocabulary.WeeklyFolder}/", $"{count} weekly dilemmas for {AudienceCodes.Label(audience)}: fewer than {WeeklyPerAudience}, so a team sees repeats within a school year");
            }
        }

        var kinds = articles.Select(a => a.Kind).Where(QuizQuestion.TopicLabels.ContainsKey).Distinct();
        foreach (var kind in kinds)
        {
            var count = quiz.Count(q => q.Topic == kind);
            if (count < 2)
            {
                report.Warning($"{ContentVocabulary.QuizFolder}/", $"{count} quiz questions on the topic '{kind}': every topic of the articles needs at least two");
            }
        }
    }
}
