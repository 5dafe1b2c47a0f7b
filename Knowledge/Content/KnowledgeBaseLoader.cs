using System.Text.RegularExpressions;

namespace SafetyBot.Knowledge.Content;

/// <summary>
/// Loads and validates content: front matter, unique ids, links between files, the incident plans
/// and the protocol. <c>kb validate</c> prints the report; the bot refuses to start on errors.
/// </summary>
public static partial class KnowledgeBaseLoader
{
    public static LoadedContent Load(IContentSource source)
    {
        var report = new ValidationReport();
        var parsed = source.Files()
            .Where(f => f.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Select(MarkdownContentParser.Parse)
            .ToList();

        var articles = new List<Article>();
        var incidents = new List<IncidentPlan>();
        var helpLines = new List<HelpLine>();
        var weekly = new List<WeeklyDilemma>();
        var quiz = new List<QuizQuestion>();
        var outOfScope = new List<OutOfScopeTopic>();
        ProtocolDocument? protocol = null;
        string? helpLinesId = null;

        foreach (var file in parsed)
        {
            if (file.Error is not null)
            {
                report.Error(file.File.Path, file.Error);
                continue;
            }

            var folder = file.File.Path.Split('/')[0];
            if (string.Equals(file.File.Path, ContentVocabulary.HelpLinesFile, StringComparison.OrdinalIgnoreCase))
            {
                helpLines.AddRange(ReadHelpLines(file, report));
                helpLinesId = file.Front!.Id;
                continue;
            }

            switch (folder)
            {
                case ContentVocabulary.ArticlesFolder:
                    if (Common(file, report) is { } article)
                    {
                        articles.Add(article);
                        if (file.Sections.Count == 0)
                        {
                            report.Error(file.File.Path, "an article needs at least one ## section (the passages the bot answers from)");
                        }
                    }

                    break;
                case ContentVocabulary.IncidentFolder:
                    if (Common(file, report) is { } common)
                    {
                        var type = IncidentTypes.TryParse(file.Front!.Incident);
                        if (type is null)
                        {
                            report.Error(file.File.Path, $"'incident' must be one of {string.Join(", ", IncidentTypes.All.Select(IncidentTypes.Code))}");
                            break;
                        }

                        foreach (var required in ContentVocabulary.IncidentSections.Where(s => common.Section(s) is null))
                        {
                            report.Error(file.File.Path, $"incident plan lacks the section '## {required}'");
                        }

                        // A plan keeps no example questions: only articles' and out-of-scope topics' are searched.
                        incidents.Add(new IncidentPlan(common with { Questions = [] }, type.Value));
                    }

                    break;
                case ContentVocabulary.ProtocolFolder:
                    if (Common(file, report) is { } doc)
                    {
                        if (protocol is not null)
                        {
                            report.Error(file.File.Path, "only one protocol file is read; remove the other");
                        }

                        protocol = ReadProtocol(file, doc, report);
                    }

                    break;
                case ContentVocabulary.WeeklyFolder:
                    file.Front!.Kind ??= ContentVocabulary.WeeklyKind;
                    if (Common(file, report) is { } dilemma && WeeklyDilemma.Read(file, dilemma, report) is { } readDilemma)
                    {
                        weekly.Add(readDilemma);
                    }

                    break;
                case ContentVocabulary.QuizFolder:
                    // A question's title is its heading, its kind "quiz", its tag its topic.
                    file.Front!.Kind ??= ContentVocabulary.QuizKind;
                    file.Front.Title ??= file.Title;
                    file.Front.Tags ??= file.Front.Topic is { } topic ? [topic] : null;
                    if (Common(file, report) is { } quizCommon && QuizQuestion.Read(file, quizCommon, report) is { } question)
                    {
                        quiz.Add(question);
                    }

                    break;
                case ContentVocabulary.OutOfScopeFolder:
                    file.Front!.Kind ??= ContentVocabulary.OutOfScopeKind;
                    if (Common(file, report) is { } scopeCommon && ReadOutOfScope(file, scopeCommon, report) is { } readTopic)
                    {
                        outOfScope.Add(readTopic);
                    }

                    break;
                default:
                    report.Warning(file.File.Path, $"not in a known content folder ({ContentVocabulary.ArticlesFolder}, {ContentVocabulary.IncidentFolder}, {ContentVocabulary.ProtocolFolder}, {ContentVocabulary.QuizFolder}, {ContentVocabulary.WeeklyFolder}, {ContentVocabulary.OutOfScopeFolder}); ignored");
                    break;
            }
        }

        CheckAcrossFiles(articles, incidents, helpLines, helpLinesId, protocol, report);
        CheckWeeklyAndQuiz(articles, incidents, [.. new[] { helpLinesId, protocol?.Id }.OfType<string>()], weekly, quiz, report);
        CheckQuestions(articles, incidents, outOfScope, report);
        var knowledge = new KnowledgeBase(articles, incidents, helpLines, protocol, source.Description) { Weekly = weekly, Quiz = quiz, OutOfScope = outOfScope };
        return new LoadedContent(knowledge, report, parsed);
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

        var common = Common(parsed, report);
        return (common is null ? null : ReadProtocol(parsed, common, report), report);
    }

    private static ProtocolDocument ReadProtocol(ParsedContent file, Article common, ValidationReport report)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in common.Sections)
        {
            if (!HeadingHasId(file, section))
            {
                report.Error(file.File.Path, $"protocol section '{section.Heading}' needs a stable id: ## {section.Heading} {{#id}}");
            }

            if (!ids.Add(section.Id))
            {
                report.Error(file.File.Path, $"protocol section id '{section.Id}' is used twice");
            }
        }

        // A protocol keeps no example questions: only articles' and out-of-scope topics' are searched.
        return new ProtocolDocument(common with { Questions = [] }, file.Front!.Model);
    }

    /// <summary>The longest example question the loader accepts: a teacher's question, not a story.</summary>
    public const int MaxQuestionLength = 300;

    /// <summary>An out-of-scope topic is recognised only by its example questions, so it needs a few.</summary>
    public const int MinOutOfScopeQuestions = 3;

    private static OutOfScopeTopic? ReadOutOfScope(ParsedContent file, Article common, ValidationReport report)
    {
        var origin = file.File.Path;
        var ok = true;
        if (!common.Id.StartsWith(ContentVocabulary.OutOfScopeIdPrefix, StringComparison.Ordinal))
        {
            report.Error(origin, $"an out-of-scope topic's id starts with '{ContentVocabulary.OutOfScopeIdPrefix}'");
            ok = false;
        }

        if (common.Questions.Count < MinOutOfScopeQuestions)
        {
            report.Error(origin, $"an out-of-scope topic needs at least {MinOutOfScopeQuestions} example 'questions': they are how the bot recognises it");
            ok = false;
        }

        if (string.IsNullOrWhiteSpace(common.Lead))
        {
            report.Error(origin, "an out-of-scope topic needs the referral the bot shows (one sentence under the title)");
            ok = false;
        }

        return ok ? new OutOfScopeTopic(common) : null;
    }

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
        string.Join(' ', question.ToLowerInvariant().Split([' ', '?', '!', '.', ','], StringSplitOptions.RemoveEmptyEntries));

    private static bool HeadingHasId(ParsedContent file, ContentSection section) =>
        file.File.Text.Contains($"{{#{section.Id}", StringComparison.Ordinal);

    /// <summary>Front matter every file needs; null when it is too broken to use.</summary>
    private static Article? Common(ParsedContent file, ValidationReport report)
    {
        var front = file.Front!;
        var origin = file.File.Path;
        var expectedId = Path.GetFileNameWithoutExtension(origin);
        var ok = true;

        if (string.IsNullOrWhiteSpace(front.Id))
        {
            report.Error(origin, "missing 'id'");
            ok = false;
        }
        else if (!IdPattern().IsMatch(front.Id))
        {
            report.Error(origin, $"id '{front.Id}' is not kebab-case");
        }
        else if (front.Id != expectedId)
        {
            report.Error(origin, $"id '{front.Id}' differs from the file name '{expectedId}'");
        }

        if (string.IsNullOrWhiteSpace(front.Title))
        {
            report.Error(origin, "missing 'title'");
        }

        var audience = Audience.None;
        if (front.Audience is not { Count: > 0 })
        {
            report.Error(origin, "missing 'audience' (a list of po, vo, mbo)");
        }
        else
        {
            foreach (var code in front.Audience)
            {
                if (AudienceCodes.TryParse(code) is { } a)
                {
                    audience |= a;
                }
                else
                {
                    report.Error(origin, $"audience '{code}' is not po, vo or mbo");
                }
            }
        }

        if (string.IsNullOrWhiteSpace(front.Kind))
        {
            report.Error(origin, "missing 'kind'");
        }

        if (string.IsNullOrWhiteSpace(front.Source))
        {
            report.Error(origin, "missing 'source' (the seed page or a named public source)");
        }

        var reviewed = MarkdownContentParser.ParseDate(front.Reviewed);
        if (reviewed is null)
        {
            report.Error(origin, "missing or invalid 'reviewed' (yyyy-MM-dd)");
        }

        if (front.Tags is not { Count: > 0 })
        {
            report.Warning(origin, "no 'tags'");
        }

        if (string.IsNullOrWhiteSpace(file.Title))
        {
            report.Error(origin, "missing '# Title' heading");
        }

        var questions = new List<string>();
        foreach (var question in front.Questions ?? [])
        {
            if (string.IsNullOrWhiteSpace(question))
            {
                report.Error(origin, "an empty entry in 'questions'");
            }
            else if (question.Length > MaxQuestionLength)
            {
                report.Error(origin, $"the example question \"{question[..40]}…\" is longer than {MaxQuestionLength} characters");
            }
            else if (questions.Contains(question.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                report.Warning(origin, $"the example question \"{question.Trim()}\" is listed twice");
            }
            else
            {
                questions.Add(question.Trim());
            }
        }

        if (!ok)
        {
            return null;
        }

        return new Article
        {
            Id = front.Id!,
            Title = front.Title ?? file.Title,
            Kind = front.Kind ?? string.Empty,
            Audience = audience == Audience.None ? Audience.All : audience,
            Tags = front.Tags ?? [],
            Source = front.Source ?? string.Empty,
            Reviewed = reviewed,
            Related = front.Related ?? [],
            Lead = file.Lead,
            Sections = file.Sections,
            Links = file.Links,
            Origin = origin,
            Questions = questions,
        };
    }

    private static IEnumerable<HelpLine> ReadHelpLines(ParsedContent file, ValidationReport report)
    {
        foreach (var section in file.Sections)
        {
            var lines = section.Markdown.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var forLine = lines.FirstOrDefault(l => l.StartsWith(ContentVocabulary.HelpLineForLabel, StringComparison.OrdinalIgnoreCase));
            var reachLine = lines.FirstOrDefault(l => l.StartsWith(ContentVocabulary.HelpLineReachLabel, StringComparison.OrdinalIgnoreCase));
            if (forLine is null || reachLine is null || !HeadingHasId(file, section))
            {
                report.Error(file.File.Path, $"help line '{section.Heading}' needs an id {{#key}}, a '{ContentVocabulary.HelpLineForLabel}' line and a '{ContentVocabulary.HelpLineReachLabel}' line");
                continue;
            }

            yield return new HelpLine(section.Id, section.Heading, forLine[ContentVocabulary.HelpLineForLabel.Length..].Trim(), reachLine[ContentVocabulary.HelpLineReachLabel.Length..].Trim());
        }
    }

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

        foreach (var missing in IncidentTypes.All.Where(t => incidents.All(i => i.IncidentType != t)))
        {
            report.Error($"{ContentVocabulary.IncidentFolder}/", $"no incident plan for '{IncidentTypes.Code(missing)}'");
        }

        foreach (var duplicate in incidents.GroupBy(i => i.IncidentType).Where(g => g.Count() > 1))
        {
            report.Error($"{ContentVocabulary.IncidentFolder}/", $"more than one incident plan for '{IncidentTypes.Code(duplicate.Key)}'");
        }

        if (helpLines.Count == 0)
        {
            report.Error(ContentVocabulary.HelpLinesFile, "no help lines (the act-now card needs the national lines)");
        }

        var lineKeys = helpLines.Select(h => h.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var incident in incidents)
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

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
