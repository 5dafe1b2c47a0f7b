namespace SafetyBot.Knowledge.Content;

/// <summary>
/// A multiple-choice question of the basic-knowledge quiz (<c>content/quiz/</c>): one right answer,
/// plausible wrong ones, and an explanation that links the article it comes from.
/// </summary>
public sealed record QuizQuestion
{
    public required string Id { get; init; }

    /// <summary>The article kind the question tests (basis, risico, …): the score card's per-topic breakdown.</summary>
    public required string Topic { get; init; }

    public required Audience Audience { get; init; }
    public required string Question { get; init; }

    /// <summary>The answers as written; <see cref="CorrectIndex"/> points at the right one.</summary>
    public required IReadOnlyList<string> Answers { get; init; }

    public required int CorrectIndex { get; init; }

    /// <summary>Why, as Markdown with id-links.</summary>
    public required string Explanation { get; init; }

    public required IReadOnlyList<string> Related { get; init; }
    public required IReadOnlyList<string> Links { get; init; }
    public required string Origin { get; init; }

    /// <summary>The article the explanation comes from: the first related id, else the first link.</summary>
    public string? SourceArticleId => Related.Count > 0 ? Related[0] : Links.Count > 0 ? Links[0] : null;

    /// <summary>The topics a question may test: the article kinds, without dilemmas.</summary>
    public static readonly IReadOnlyDictionary<string, string> TopicLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["basis"] = "Basiskennis",
        ["risico"] = "Online risico's",
        ["incident"] = "Incidenten aanpakken",
        ["protocol"] = "Protocol en afspraken",
        ["rolmodel"] = "De leraar als rolmodel",
        ["ouders"] = "Samen met ouders",
        ["smartphone"] = "Smartphonebeleid",
        ["samenwerking"] = "Samenwerken met partners",
        ["team"] = "Het schoolteam",
    };

    /// <summary>
    /// Reads a question whose front matter the loader's common checks (id, audience, source, reviewed)
    /// have seen; adds what only a quiz question needs.
    /// </summary>
    internal static QuizQuestion? Read(ParsedContent file, ContentDocument common, ValidationReport report)
    {
        var origin = file.File.Path;
        var front = file.Front!;
        var ok = true;
        if (!common.Id.StartsWith(ContentVocabulary.QuizIdPrefix, StringComparison.Ordinal))
        {
            report.Error(origin, $"a quiz question's id starts with '{ContentVocabulary.QuizIdPrefix}' ('{common.Id}')");
        }

        if (front.Topic is null || !TopicLabels.ContainsKey(front.Topic))
        {
            report.Error(origin, $"'topic' must be one of {string.Join(", ", TopicLabels.Keys)}");
            ok = false;
        }

        var question = file.Title.Trim();
        if (question.Length == 0 || !question.EndsWith('?'))
        {
            report.Error(origin, "the '# ' heading is the question and ends with a question mark");
            ok = false;
        }

        var answersSection = file.Sections.FirstOrDefault(s => s.Heading == ContentVocabulary.QuizAnswersHeading);
        var explanation = file.Sections.FirstOrDefault(s => s.Heading == ContentVocabulary.QuizExplanationHeading);
        if (answersSection is null || explanation is null)
        {
            report.Error(origin, $"a quiz question needs the sections '## {ContentVocabulary.QuizAnswersHeading}' and '## {ContentVocabulary.QuizExplanationHeading}'");
            return null;
        }

        var answers = new List<string>();
        var correct = new List<int>();
        foreach (var item in MarkdownLists.Items(answersSection.Markdown))
        {
            var marked = item.StartsWith("[x]", StringComparison.OrdinalIgnoreCase);
            if (!marked && !item.StartsWith("[ ]", StringComparison.Ordinal))
            {
                report.Error(origin, $"answer '{item}' starts with [x] (right) or [ ] (wrong)");
                ok = false;
                continue;
            }

            if (marked)
            {
                correct.Add(answers.Count);
            }

            answers.Add(item[3..].Trim());
        }

        if (answers.Count is < 3 or > 4)
        {
            report.Error(origin, $"a quiz question has three or four answers, not {answers.Count}");
            ok = false;
        }

        if (correct.Count != 1)
        {
            report.Error(origin, $"exactly one answer is marked [x], not {correct.Count}");
            ok = false;
        }

        if (answers.Distinct(StringComparer.OrdinalIgnoreCase).Count() != answers.Count)
        {
            report.Error(origin, "two answers are the same");
        }

        if (file.Links.Count == 0)
        {
            report.Error(origin, "the explanation links the article it comes from: [tekst](id:article-id)");
        }

        if (!ok)
        {
            return null;
        }

        return new QuizQuestion
        {
            Id = common.Id, Topic = front.Topic!, Audience = common.Audience, Question = question, Answers = answers,
            CorrectIndex = correct[0], Explanation = explanation.Markdown, Related = common.Related, Links = common.Links, Origin = origin,
        };
    }
}
