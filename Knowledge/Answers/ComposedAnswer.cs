namespace SafetyBot.Knowledge.Answers;

/// <summary>A part of the answer card: whole blocks of one section of the answering article.</summary>
/// <param name="SectionId">The section the text comes from (<c>inleiding</c> for the lead).</param>
/// <param name="Heading">The section's heading (empty for the lead).</param>
/// <param name="Paragraph">A whole paragraph, or null.</param>
/// <param name="Items">Whole list items (at most the composer's limit), or empty.</param>
/// <param name="MoreItems">How many items the list has beyond those shown.</param>
public sealed record AnswerPart(string SectionId, string Heading, string? Paragraph, IReadOnlyList<string> Items, int MoreItems = 0)
{
    public bool IsEmpty => Paragraph is null && Items.Count == 0;
}

/// <summary>
/// What the answer card shows, all from one article: the direct answer (the best section's paragraph or
/// list), what the teacher can do (the article's advice list, or its key points), and its cautions.
/// </summary>
public sealed record ComposedAnswer(
    string ArticleId,
    string ArticleTitle,
    AnswerPart Direct,
    SectionRole DirectRole,
    AnswerPart? Advice,
    AnswerPart? Caution)
{
    /// <summary>The parts in card order.</summary>
    public IEnumerable<AnswerPart> Parts => new[] { Direct, Advice, Caution }.Where(p => p is not null && !p.IsEmpty)!;

    /// <summary>Whether the card shows the article's advice list (as the direct answer or under "Wat je kunt doen").</summary>
    public bool ShowsAdvice => DirectRole == SectionRole.Advice && Direct.Items.Count > 0 || Advice is { Items.Count: > 0 } && AdviceIsTheArticlesAdvice;

    /// <summary>False when <see cref="Advice"/> holds key points because the article has no advice section.</summary>
    public bool AdviceIsTheArticlesAdvice { get; init; } = true;
}
