using System.Text.RegularExpressions;

namespace SafetyBot.Knowledge.Content;

/// <summary>The front-matter check every folder reader starts with.</summary>
internal static partial class FrontMatterCheck
{
    /// <summary>
    /// Checks the front matter every file needs (id, title, audience, kind, source, reviewed, tags, the
    /// '# ' title, example questions) and reads it with the body as an <see cref="Article"/>, which the
    /// folder readers build on; null when it is too broken to use.
    /// </summary>
    public static Article? Read(ParsedContent file, ValidationReport report)
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
            else if (question.Length > KnowledgeBaseLoader.MaxQuestionLength)
            {
                report.Error(origin, $"the example question \"{question[..40]}…\" is longer than {KnowledgeBaseLoader.MaxQuestionLength} characters");
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

        var english = new List<string>();
        foreach (var question in front.QuestionsEn ?? [])
        {
            if (string.IsNullOrWhiteSpace(question) || question.Length > KnowledgeBaseLoader.MaxQuestionLength)
            {
                report.Error(origin, "an empty or over-long entry in 'questions_en'");
            }
            else if (!english.Contains(question.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                english.Add(question.Trim());
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
            EnglishQuestions = english,
        };
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
