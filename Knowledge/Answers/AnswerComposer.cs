using System.Text.RegularExpressions;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Knowledge.Answers;

/// <summary>How sections of the chosen article are weighed for a question (docs/retrieval.md, "The answer card").</summary>
public sealed record CompositionWeights
{
    public static CompositionWeights Default { get; } = new();

    /// <summary>Added to the advice section's relative score when the question asks what to do.</summary>
    public double AdviceForHowTo { get; init; } = 0.6;

    /// <summary>Added to the advice section's relative score otherwise.</summary>
    public double Advice { get; init; } = 0.15;

    /// <summary>Added to an article's lead: it answers the article's main question.</summary>
    public double Lead { get; init; } = 0.1;

    /// <summary>Added to background sections ("Wat is …?") when the question asks what something is.</summary>
    public double KnowHowForWhatIs { get; init; } = 0.4;

    /// <summary>Subtracted from "Waarom?", "Wie betrek je?" and "Let op": they support an answer more often than they are one.</summary>
    public double Supporting { get; init; } = 0.15;

    /// <summary>
    /// Subtracted from the section that answered the question a follow-up continues, when the follow-up
    /// stays in the same article: the teacher saw it a moment ago, so the section that speaks to the
    /// follow-up comes first unless that one is still clearly the best.
    /// </summary>
    public double ShownBefore { get; init; } = 0.5;

    /// <summary>
    /// Added to a section about teaching the subject ("Het onderwerp in de klas", "Lesideeën voor het
    /// mbo") when the question asks how to give a lesson (<see cref="LessonIntent"/>): more than the
    /// advice bonus, since the advice of a risk article says what to do about a case, not how to teach it.
    /// An advice section ("Tips voor elke les") has its own bonus already and gets none.
    /// </summary>
    public double TeachingForLesson { get; init; } = 1.0;

    /// <summary>Taken from a lesson section written for another age than the one the question names.</summary>
    public double AgeFit { get; init; } = 0.5;

    /// <summary>Items shown of the advice list (the card says how many more the article has).</summary>
    public int MaxAdviceItems { get; init; } = 6;

    /// <summary>Items shown of the cautions.</summary>
    public int MaxCautionItems { get; init; } = 3;
}

/// <summary>
/// Builds the answer card's text from the one article retrieval chose: ranks its sections for the
/// question (never a dilemma's situation section), takes the best one's first block whole, adds the article's
/// advice list and cautions. No sentence is cut and no text comes from another article.
/// </summary>
public static partial class AnswerComposer
{
    public static ComposedAnswer Compose(ContentDocument article, IReadOnlyList<PassageHit> hits, string question, CompositionWeights? weights = null, string? shownBefore = null)
    {
        var w = weights ?? CompositionWeights.Default;
        var sections = SectionsOf(article);
        var intent = IntentOf(question);
        var lesson = LessonIntent.Of(question);
        var best = hits.Count == 0 ? 0 : hits.Max(h => h.Score);
        var scored = sections
            .Where(s => s.Role != SectionRole.Situation && s.Blocks.Count > 0)
            .Select(s => (Section: s, Score: Relative(s, hits, best) + Prior(s.Role, intent, w) + (lesson && s.Role != SectionRole.Advice && TeachingHeading().IsMatch(s.Heading.ToLowerInvariant()) ? w.TeachingForLesson + AgeFit(question, s.Heading, w) : 0) - (s.Id == shownBefore ? w.ShownBefore : 0)))
            .OrderByDescending(s => s.Score)
            .ToList();

        var advice = sections.FirstOrDefault(s => s.Role == SectionRole.Advice && s.Blocks.Any(b => b.IsList));
        var chosen = scored.Count > 0 ? scored[0].Section : advice ?? sections.FirstOrDefault(s => s.Role != SectionRole.Situation && s.Blocks.Count > 0);
        if (chosen is null)
        {
            // An article with nothing but its situation: show that rather than nothing (content rules should rule it out).
            chosen = sections[0];
        }

        var direct = DirectPart(chosen, w);
        AnswerPart? advicePart = null;
        var adviceIsArticles = true;
        if (advice is not null && advice != chosen)
        {
            advicePart = ListPart(advice, w.MaxAdviceItems);
        }
        else if (advice is null && direct.Items.Count == 0)
        {
            // A know-how article without an advice section: its key points are its first list elsewhere.
            var keyPoints = sections.FirstOrDefault(s => s != chosen && s.Role is not (SectionRole.Situation or SectionRole.Caution) && s.Blocks.Any(b => b.IsList));
            if (keyPoints is not null)
            {
                advicePart = ListPart(keyPoints, w.MaxAdviceItems);
                adviceIsArticles = false;
            }
        }

        var caution = sections.FirstOrDefault(s => s.Role == SectionRole.Caution && s != chosen);
        var cautionPart = caution is null ? null : ListPart(caution, w.MaxCautionItems, allowParagraph: true);
        return new ComposedAnswer(article.Id, article.Title, direct, chosen.Role, advicePart, cautionPart) { AdviceIsTheArticlesAdvice = adviceIsArticles };
    }

    /// <summary>A short version holds at most this many list items ("…en nog n punten" says how many more).</summary>
    public const int ShortItems = 4;

    /// <summary>
    /// A short version of an answer the teacher saw ("kun je dat korter maken?"), from the ids of the
    /// sections it showed (<paramref name="shownSectionIds"/>, the answering section first): the article's
    /// lead, which answers in at most two sentences (kb validate holds every article to that), and nothing
    /// else, so it is shorter than any answer card. Only an article without a lead paragraph gives the top
    /// items of the answering section's list (signals, steps), else of its advice list (or key points)
    /// instead. No caution, no other section; whole blocks, as ever.
    /// </summary>
    public static ComposedAnswer Shortened(ContentDocument article, IReadOnlyList<string> shownSectionIds)
    {
        var sections = SectionsOf(article);
        var lead = sections[0];
        var shown = shownSectionIds.Count > 0 ? sections.FirstOrDefault(s => s.Id == shownSectionIds[0]) : null;
        var list = shown is not null && shown != lead && shown.Role is not (SectionRole.Situation or SectionRole.Caution) && shown.Blocks.Any(b => b.IsList)
            ? shown
            : sections.FirstOrDefault(s => s.Role == SectionRole.Advice && s.Blocks.Any(b => b.IsList))
              ?? sections.FirstOrDefault(s => s != lead && s.Role is not (SectionRole.Situation or SectionRole.Caution) && s.Blocks.Any(b => b.IsList));
        var paragraph = lead.Blocks.FirstOrDefault(b => !b.IsList);
        var direct = new AnswerPart(lead.Id, lead.Heading, paragraph?.Paragraph, []);
        var items = paragraph is not null || list is null ? null : ListPart(list, ShortItems);
        return new ComposedAnswer(article.Id, article.Title, direct, SectionRole.Lead, items, null)
        {
            AdviceIsTheArticlesAdvice = items is not null && list?.Role == SectionRole.Advice,
        };
    }

    /// <summary>The chosen section's first paragraph, and its first list when that follows the paragraph or stands alone.</summary>
    private static AnswerPart DirectPart(Section section, CompositionWeights w)
    {
        if (section.Blocks.Count == 0)
        {
            return new AnswerPart(section.Id, section.Heading, null, []);
        }

        var first = section.Blocks[0];
        if (first.IsList)
        {
            return Part(section, null, first, w.MaxAdviceItems);
        }

        var list = section.Blocks.Count > 1 && section.Blocks[1].IsList ? section.Blocks[1] : null;
        return Part(section, first.Paragraph, list, w.MaxAdviceItems);
    }

    private static AnswerPart? ListPart(Section section, int maxItems, bool allowParagraph = false)
    {
        var list = section.Blocks.FirstOrDefault(b => b.IsList);
        if (list is not null)
        {
            return Part(section, null, list, maxItems);
        }

        return allowParagraph && section.Blocks.Count > 0 ? Part(section, section.Blocks[0].Paragraph, null, maxItems) : null;
    }

    private static AnswerPart Part(Section section, string? paragraph, AnswerBlock? list, int maxItems) =>
        new(section.Id, section.Heading, paragraph, list?.Items.Take(maxItems).ToList() ?? [], Math.Max(0, (list?.Items.Count ?? 0) - maxItems));

    /// <summary>The section's best passage score relative to the article's best; the lead's passage id is the article's lead.</summary>
    private static double Relative(Section section, IReadOnlyList<PassageHit> hits, float best)
    {
        if (best <= 0)
        {
            return 0;
        }

        var hit = hits.Where(h => h.Passage.SectionId == section.Id).Select(h => h.Score).DefaultIfEmpty(0).Max();
        return hit / best;
    }

    private static double Prior(SectionRole role, QuestionIntent intent, CompositionWeights w) => role switch
    {
        SectionRole.Advice => intent == QuestionIntent.HowTo ? w.AdviceForHowTo : w.Advice,
        SectionRole.Lead => w.Lead,
        SectionRole.KnowHow when intent == QuestionIntent.WhatIs => w.KnowHowForWhatIs,
        SectionRole.Why or SectionRole.Who or SectionRole.Caution => -w.Supporting,
        _ => 0,
    };

    private sealed record Section(string Id, string Heading, SectionRole Role, IReadOnlyList<AnswerBlock> Blocks);

    private static List<Section> SectionsOf(ContentDocument article)
    {
        var lead = new ContentSection(ContentVocabulary.LeadSectionId, string.Empty, article.Lead, MarkdownContentParser.ToPlainText(article.Lead), new HashSet<string>());
        return [.. new[] { lead }.Concat(article.Sections)
            .Select(s => new Section(s.Id, s.Heading, SectionRoles.Of(s), MarkdownBlocks.Of(s.Markdown)))];
    }

    /// <summary>What the teacher asks for: what to do, what something is, or neither.</summary>
    public static QuestionIntent IntentOf(string question)
    {
        var q = question.ToLowerInvariant();
        if (WhatIs().IsMatch(q))
        {
            return QuestionIntent.WhatIs;
        }

        return HowTo().IsMatch(q) ? QuestionIntent.HowTo : QuestionIntent.Other;
    }

    [GeneratedRegex(@"\b(hoe\b|wat (moet|kan|kun|doe|zeg)|wat nu|wat te doen|moet ik|kan ik|kun ik|zal ik|wat doen|tips?\b|aanpak|stappen|advies|what (should|do|can)|how (do|should|can))", RegexOptions.CultureInvariant)]
    private static partial Regex HowTo();

    [GeneratedRegex(@"^\s*(wat (is|zijn|betekent|houdt) |wat bedoelen ze met|what is )", RegexOptions.CultureInvariant)]
    private static partial Regex WhatIs();

    /// <summary>
    /// A lesson section written for an age ("Lesideeën voor kleuters…", "…voor het mbo") does not fit a question that
    /// names another age: "nepnieuws aan havo 4" got the toddlers' ideas because they share the subject's words. Only
    /// a penalty: a section on the subject itself (a sensitive subject, any age) keeps its place before the age's ideas.
    /// </summary>
    private static double AgeFit(string question, string heading, CompositionWeights w)
    {
        var asked = AgeOf(question.ToLowerInvariant(), QuestionAge());
        var written = AgeOf(heading.ToLowerInvariant(), HeadingAge());
        return asked is null || written is null || asked == written ? 0 : -w.AgeFit;
    }

    private static string? AgeOf(string text, Regex ages)
    {
        var match = ages.Match(text);
        return !match.Success ? null : match.Groups["kleuters"].Success ? "kleuters" : match.Groups["po"].Success ? "po" : match.Groups["vo"].Success ? "vo" : "mbo";
    }

    // The age a question names: toddlers and groups 1-4, groups 5-8, secondary (havo, vwo, vmbo, brugklas, "3 havo"), mbo.
    [GeneratedRegex(@"\b(?<kleuters>kleuters?|peuters?|groep [1-4]\b|groep [1-4]\s*[-/]\s*[1-4]\b|onderbouw po)|\b(?<po>groep [5-8]\b|basisschool|bovenbouw po)|\b(?<vo>havo|vwo|vmbo|mavo|brugklas\w*|gymnasium|middelbare school|voortgezet onderwijs|vo\b|[1-6]e klas|klas [1-6]\b)|\b(?<mbo>mbo|niveau [1-4]\b|studenten|roc\b)", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionAge();

    // The age a lesson section's heading is written for (the headings of the lesson article).
    [GeneratedRegex(@"\b(?<kleuters>kleuters)|(?<po>basisschool|\(po\)|groep 5)|(?<vo>voortgezet onderwijs|\(vo\))|(?<mbo>mbo)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingAge();

    // A heading about teaching the subject: lesson ideas, the subject in class, preventing it in the les.
    // Not "Telefoonregels in de klas" or "Signalen oppikken in de klas": rules and signals are not a lesson.
    [GeneratedRegex(@"\b(lesidee\w*|lessen|les over|(onderwerp|praten|bespreken|aandacht|voorkomen|doe je|werkvorm\w*|spel\w*|kansen\w*) .*\bin (de|je) (klas|les)\b|(de|je) klas aandacht)", RegexOptions.CultureInvariant)]
    private static partial Regex TeachingHeading();
}

public enum QuestionIntent
{
    HowTo,
    WhatIs,
    Other,
}
