namespace SafetyBot.Knowledge.Content;

/// <summary>
/// Reads <c>content/quiz/</c>: multiple-choice questions of the basic-knowledge quiz. A question's
/// title is its '# ' heading, its kind "quiz", its tag its topic.
/// </summary>
internal static class QuizQuestionReader
{
    public static void Read(ParsedContent file, ContentParts parts, ValidationReport report)
    {
        file.Front!.Kind ??= ContentVocabulary.QuizKind;
        file.Front.Title ??= file.Title;
        file.Front.Tags ??= file.Front.Topic is { } topic ? [topic] : null;
        if (FrontMatterCheck.Read(file, report) is { } common && Question(file, common, report) is { } question)
        {
            parts.Quiz.Add(question);
        }
    }

    /// <summary>
    /// The question of a file whose front matter <see cref="FrontMatterCheck"/> has read (id, audience,
    /// source, reviewed); checks what only a quiz question needs.
    /// </summary>
    private static QuizQuestion? Question(ParsedContent file, ContentDocument common, ValidationReport report)
    {
        var origin = file.File.Path;
        var front = file.Front!;
        var ok = true;
        if (!common.Id.StartsWith(ContentVocabulary.QuizIdPrefix, StringComparison.Ordinal))
        {
            report.Error(origin, $"a quiz question's id starts with '{ContentVocabulary.QuizIdPrefix}' ('{common.Id}')");
        }

        if (front.Topic is null || !QuizQuestion.TopicLabels.ContainsKey(front.Topic))
        {
            report.Error(origin, $"'topic' must be one of {string.Join(", ", QuizQuestion.TopicLabels.Keys)}");
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
