namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// Options of the answerer. The defaults were reasoned first and then checked against the evaluation
/// sets, a few candidate values each (docs/retrieval.md says which sets were looked at).
/// </summary>
public sealed record AnswerOptions
{
    /// <summary>
    /// A question in the bot's domain (it names something online or about social safety) is answered
    /// when the best article covers at least this share of its idf-weighted words. Long stories carry
    /// many words no article has, so the bar is low; the domain check does the separating. 0.15 until the
    /// scope work (docs/retrieval.md, "Scope"): with the weak domain words no longer enough on their own,
    /// 0.10 answered more in-scope stories on unseen and incidents-unseen and answered no off-topic question.
    /// </summary>
    public double MinimumCoverage { get; init; } = 0.10;

    /// <summary>
    /// A question that names only devices, platforms or media is answered when the best article covers
    /// this share: more than a question about a risk, since tech-support and lesson questions name apps too.
    /// </summary>
    public double MinimumCoverageDevicesOnly { get; init; } = 0.3;

    /// <summary>
    /// A question with no domain word is answered only when the knowledge base covers most of it ("wat
    /// is sharenting"). The out-of-scope topics catch many school questions that share words with the
    /// knowledge base, so the bar is lower than it was without them (0.75); a short question with two
    /// common words ("hoeveel verdient een juf per maand") must still not pass on those alone.
    /// </summary>
    public double MinimumCoverageOutsideDomain { get; init; } = 0.6;

    /// <summary>
    /// An English question that names something of the domain in English is answered when the best
    /// article's English example questions hold this share of its idf-weighted words.
    /// </summary>
    public double MinimumCoverageEnglish { get; init; } = 0.3;

    /// <summary>
    /// An English question with domain intent (a risk word, or a platform word with a pupil or teacher:
    /// <see cref="EnglishMatch.Intent"/>) is answered at this share: the English example questions are few
    /// (5-8 an article), so an ordinary English word they lack weighs as much as the rarest one.
    /// </summary>
    public double MinimumCoverageEnglishIntent { get; init; } = 0.2;

    /// <summary>
    /// An English question's Dutch rendering (<see cref="EnglishGlossary"/>) counts when the best article
    /// covers at least this share of it. The rendering holds only the glossary's domain words, so a
    /// question whose rendering the article covers only in part is about something else.
    /// </summary>
    public double MinimumCoverageEnglishRendered { get; init; } = 0.5;

    /// <summary>An English question without an English domain word needs most of its words covered.</summary>
    public double MinimumCoverageEnglishOutsideDomain { get; init; } = 0.6;

    /// <summary>
    /// A follow-up that stays with the earlier topic moves to another article of that topic's family
    /// only when its own words are covered there by at least this share more than in the article it
    /// continues ("en bij snapchat?" stays; docs/design.md, "Follow-up questions").
    /// </summary>
    public double FollowUpFamilyMargin { get; init; } = 0.25;

    /// <summary>
    /// A question with no domain intent at all that the coverage refuses anyway is referred on when an
    /// out-of-scope topic's example questions are at least this near compared with the nearest article's
    /// (a near tie): the teacher learns whom to ask instead of a bare "Dat weet ik niet". It never turns
    /// an answer into a referral; that takes a topic nearer than every article.
    /// </summary>
    public double ReferralRatioWhenRefused { get; init; } = 0.9;

    /// <summary>
    /// A question in the domain on thin evidence (only a weak domain word beside a device word, or its best
    /// article covering little of it) is referred on when an out-of-scope topic's example questions are this
    /// much nearer than any article's: a margin, not a tie.
    /// </summary>
    public double ThinDomainReferralRatio { get; init; } = 1.1;

    /// <summary>
    /// A question about giving a lesson is answered from a lesson article among this many best-ranked
    /// articles (docs/retrieval.md, "Lesson questions").
    /// </summary>
    public int LessonCandidates { get; init; } = 5;

    /// <summary>That lesson article's rank score must be at least this share of the best article's.</summary>
    public double LessonScoreRatio { get; init; } = 0.6;

    /// <summary>How the answering article's sections are weighed and how much of its lists is shown.</summary>
    public Answers.CompositionWeights Composition { get; init; } = Answers.CompositionWeights.Default;
}
