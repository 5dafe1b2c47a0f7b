using System.Diagnostics.CodeAnalysis;

namespace SafetyBot.Knowledge.Content;

/// <summary>One <c>##</c> section of a content file: a passage in the index, a step list in an incident plan.</summary>
public sealed record ContentSection(
    string Id,
    string Heading,
    string Markdown,
    string PlainText,
    IReadOnlySet<string> Classes);

/// <summary>What every content file shares: its front matter and sections.</summary>
public abstract record ContentDocument
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Kind { get; init; }
    public required Audience Audience { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public required string Source { get; init; }
    public required DateOnly? Reviewed { get; init; }
    public required IReadOnlyList<string> Related { get; init; }

    /// <summary>The text between the title and the first section.</summary>
    public required string Lead { get; init; }

    public required IReadOnlyList<ContentSection> Sections { get; init; }

    /// <summary>
    /// Questions teachers ask that this file answers, in their own words (front matter <c>questions</c>);
    /// searched next to the text, never shown.
    /// </summary>
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>Ids linked from the text as <c>[tekst](id:other-id)</c>.</summary>
    public required IReadOnlyList<string> Links { get; init; }

    /// <summary>Where it came from (resource or file path), for validation messages.</summary>
    public required string Origin { get; init; }

    public ContentSection? Section(string heading) =>
        Sections.FirstOrDefault(s => string.Equals(s.Heading, heading, StringComparison.OrdinalIgnoreCase));
}

public sealed record Article : ContentDocument
{
    /// <summary>
    /// Questions international staff ask in English that this article answers (front matter
    /// <c>questions_en</c>); searched only for a question in English, so Dutch retrieval never sees them.
    /// </summary>
    public IReadOnlyList<string> EnglishQuestions { get; init; } = [];
}

/// <summary>
/// A subject teachers ask about that the knowledge base does not cover (passwords, salaries, a maths
/// lesson): its example questions let the bot recognise such a question and refer the asker on
/// instead of answering from an unrelated article. Its lead is the referral.
/// </summary>
public sealed record OutOfScopeTopic : ContentDocument
{
    public OutOfScopeTopic()
    {
    }

    /// <summary>A topic with the front matter, body and example questions of a document the loader read.</summary>
    [SetsRequiredMembers]
    internal OutOfScopeTopic(ContentDocument read)
        : base(read)
    {
    }

    /// <summary>The one-sentence referral shown to the asker ("Daarvoor kun je terecht bij …").</summary>
    public string Referral => MarkdownContentParser.ToPlainText(Lead);
}

/// <summary>The vetted act-now steps for one incident type.</summary>
public sealed record IncidentPlan : ContentDocument
{
    public IncidentPlan()
    {
    }

    /// <summary>A plan with the front matter and body of a document the loader read.</summary>
    [SetsRequiredMembers]
    internal IncidentPlan(ContentDocument read, IncidentType incidentType)
        : base(read)
    {
        IncidentType = incidentType;
    }

    public required IncidentType IncidentType { get; init; }

    /// <summary>Dutch, or an English translation (under <c>incident/en/</c>) for staff who write in English.</summary>
    public ContentLanguage Language { get; init; } = ContentLanguage.Dutch;
}

/// <summary>The language of an incident plan or help lines file: the Dutch original or its English translation.</summary>
public enum ContentLanguage
{
    Dutch,
    English,
}

/// <summary>
/// A fact in a content file that can change (front matter <c>confirm:</c>): the claim, where a content
/// owner checks it, and the file's <c>reviewed</c> date. <c>kb review</c> lists them.
/// </summary>
public sealed record FactToConfirm(string Claim, string Source, string Origin, DateOnly? Reviewed);

/// <summary>A national help line from hulplijnen.md.</summary>
public sealed record HelpLine(string Key, string Name, string For, string Reach)
{
    /// <summary>Answers around the clock ('Dag en nacht: ja'), so also in evenings, weekends and holidays.</summary>
    public bool AroundTheClock { get; init; }
}

/// <summary>A social-media protocol: the bundled model or the school's own.</summary>
public sealed record ProtocolDocument : ContentDocument
{
    public ProtocolDocument()
    {
    }

    /// <summary>A protocol with the front matter and body of a document the loader read.</summary>
    [SetsRequiredMembers]
    internal ProtocolDocument(ContentDocument read, bool isModel)
        : base(read)
    {
        IsModel = isModel;
    }

    public required bool IsModel { get; init; }
}

/// <summary>The incident types of docs/design.md ("Incidents"); each gets the act-now card.</summary>
public enum IncidentType
{
    NudeImages,
    Sextortion,
    Threat,
    SelfHarm,
    HackedAccount,
    Cyberstalking,
    Cyberbullying,
    Grooming,
}

public static class IncidentTypes
{
    private static readonly Dictionary<string, IncidentType> ByCode = new(StringComparer.OrdinalIgnoreCase)
    {
        ["naaktbeelden"] = IncidentType.NudeImages,
        ["sextortion"] = IncidentType.Sextortion,
        ["bedreiging"] = IncidentType.Threat,
        ["zelfbeschadiging"] = IncidentType.SelfHarm,
        ["gehackt-account"] = IncidentType.HackedAccount,
        ["cyberstalking"] = IncidentType.Cyberstalking,
        ["cyberpesten"] = IncidentType.Cyberbullying,
        ["grooming"] = IncidentType.Grooming,
    };

    public static IncidentType? TryParse(string? code) => code is not null && ByCode.TryGetValue(code, out var type) ? type : null;

    public static string Code(IncidentType type) => ByCode.First(pair => pair.Value == type).Key;

    public static IReadOnlyCollection<IncidentType> All { get; } = Enum.GetValues<IncidentType>();
}
