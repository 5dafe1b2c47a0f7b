using System.Text.RegularExpressions;

namespace SafetyBot.Knowledge.Content;

/// <summary>
/// The words the code recognises content structure by: folders, section headings, labels, placeholders,
/// id prefixes and kinds. They are written in the content (Dutch) and defined here once; the loader
/// checks them and the flows read sections by them. Card text shown to users is not here (see CardStrings).
/// </summary>
public static partial class ContentVocabulary
{
    // Content folders (the first segment of a content path).
    public const string ArticlesFolder = "articles";
    public const string IncidentFolder = "incident";
    public const string ProtocolFolder = "protocol";
    public const string WeeklyFolder = "weekly";
    public const string QuizFolder = "quiz";
    public const string OutOfScopeFolder = "outofscope";

    /// <summary>The national help lines: one file in the incident folder, read apart from the plans.</summary>
    public const string HelpLinesFile = "incident/hulplijnen.md";

    // The sections every incident plan has.
    public const string IncidentNowHeading = "Nu doen";
    public const string IncidentDontHeading = "Niet doen";
    public const string IncidentWhoHeading = "Wie schakel je in";

    public static readonly IReadOnlyList<string> IncidentSections = [IncidentNowHeading, IncidentDontHeading, IncidentWhoHeading];

    // An optional plan section: steps for a teacher who has the image (nude images).
    public const string IncidentReceivedHeading = "Zelf een beeld gekregen of gezien";

    // An optional plan section: the steps when a staff member is the one hit (own account, stalked, threatened).
    public const string IncidentStaffHeading = "Als het om een medewerker gaat";

    // The follow-up section every bundled plan ends with (registration, parents, evaluation).
    public const string IncidentAfterHeading = "Daarna";

    // Support for the teacher themselves; required in the plans of AftercareTypes.
    public const string IncidentAftercareHeading = "Zorg ook voor jezelf";

    /// <summary>The incident types after which the card points the teacher to support for themselves (issue #27).</summary>
    public static readonly IReadOnlySet<IncidentType> AftercareTypes = new HashSet<IncidentType>
    {
        IncidentType.SelfHarm, IncidentType.Threat, IncidentType.NudeImages, IncidentType.Sextortion,
    };

    /// <summary>English plans and help lines: a subfolder of the incident folder, translations of the Dutch files.</summary>
    public const string EnglishIncidentFolder = "incident/en/";

    /// <summary>The English national help lines, with the same keys as <see cref="HelpLinesFile"/>.</summary>
    public const string EnglishHelpLinesFile = "incident/en/helplines.md";

    /// <summary>The id suffix of an English plan: <c>incident-bedreiging-en</c> translates <c>incident-bedreiging</c>.</summary>
    public const string EnglishIdSuffix = "-en";


    // The labels of a help line section ("Voor: …", "Bereikbaar: …").
    public const string HelpLineForLabel = "Voor:";
    public const string HelpLineReachLabel = "Bereikbaar:";
    public const string HelpLineAroundTheClockLabel = "Dag en nacht:";

    // 'Dag en nacht:' says ja (around the clock), nee, or niet bevestigd (not confirmed: not marked).
    public static readonly IReadOnlyList<string> HelpLineAroundTheClockValues = ["ja", "nee", "niet bevestigd"];

    // Declared after the labels they use: static fields initialise in text order.
    public static readonly IncidentPlanVocabulary DutchPlan = new(
        IncidentNowHeading, IncidentDontHeading, IncidentWhoHeading, IncidentReceivedHeading, IncidentStaffHeading, IncidentAftercareHeading, IncidentAfterHeading,
        HelpLineForLabel, HelpLineReachLabel, HelpLineAroundTheClockLabel, HelpLineAroundTheClockValues);

    public static readonly IncidentPlanVocabulary EnglishPlan = new(
        "Act now", "Don't", "Who to involve", "If you received or saw an image yourself", "If it concerns a staff member", "Look after yourself", "Afterwards",
        "For:", "Reach:", "Around the clock:", ["yes", "no", "not confirmed"]);

    public static IncidentPlanVocabulary Plan(ContentLanguage language) => language == ContentLanguage.English ? EnglishPlan : DutchPlan;

    // The sections of a weekly dilemma.
    public const string WeeklyOptionsHeading = "Wat doe jij?";
    public const string WeeklyQuestionsHeading = "Bespreek in het team";
    public const string WeeklyBackgroundHeading = "Achtergrond";

    // The sections of a quiz question.
    public const string QuizAnswersHeading = "Antwoorden";
    public const string QuizExplanationHeading = "Uitleg";

    // The labels of the do's and don'ts lists in the role-model guide.
    public const string RoleModelDoLabel = "Wel doen";
    public const string RoleModelDontLabel = "Niet doen";

    /// <summary>The section id of an article's lead (the text between the title and the first section).</summary>
    public const string LeadSectionId = "inleiding";

    // Id prefixes of the folders whose files need one.
    public const string WeeklyIdPrefix = "week-";
    public const string QuizIdPrefix = "quiz-";
    public const string OutOfScopeIdPrefix = "buiten-";

    // Kinds the code recognises, and the kinds files of some folders get when they name none.
    public const string DilemmaKind = "dilemma";
    public const string RoleModelKind = "rolmodel";
    public const string WeeklyKind = "weekly";
    public const string QuizKind = "quiz";
    public const string OutOfScopeKind = "buiten-bereik";

    // The school contacts a placeholder such as {SafeguardingOfficer} names (School:Contacts).
    public const string AntiBullyingCoordinator = "AntiBullyingCoordinator";
    public const string SafeguardingOfficer = "SafeguardingOfficer";
    public const string ConfidentialAdviser = "ConfidentialAdviser";
    public const string Management = "Management";

    public static readonly IReadOnlySet<string> ContactPlaceholders = new HashSet<string>(StringComparer.Ordinal)
    {
        AntiBullyingCoordinator, SafeguardingOfficer, ConfidentialAdviser, Management,
    };

    /// <summary>The file language of a content path: English under <see cref="EnglishIncidentFolder"/>, else Dutch.</summary>
    public static ContentLanguage LanguageOf(string path) =>
        path.StartsWith(EnglishIncidentFolder, StringComparison.OrdinalIgnoreCase) ? ContentLanguage.English : ContentLanguage.Dutch;

    /// <summary>The prefix of a help-line placeholder: <c>{lijn:113}</c> names the help line with key 113.</summary>
    public const string HelpLinePlaceholderPrefix = "lijn:";

    /// <summary>The help line key a placeholder name such as <c>lijn:113</c> names, or null when it names no help line.</summary>
    public static string? HelpLineKey(string placeholderName) =>
        placeholderName.StartsWith(HelpLinePlaceholderPrefix, StringComparison.Ordinal) ? placeholderName[HelpLinePlaceholderPrefix.Length..] : null;

    /// <summary>A placeholder in an incident plan: <c>{SafeguardingOfficer}</c> or <c>{lijn:113}</c>; the group <c>name</c> is inside the braces.</summary>
    [GeneratedRegex(@"\{(?<name>[A-Za-z]+(:[a-z0-9-]+)?)\}")]
    public static partial Regex Placeholder();
}

/// <summary>
/// The headings and labels an incident plan and the help lines file are read by, per language; the
/// around-the-clock values are in the order yes, no, not confirmed.
/// </summary>
public sealed record IncidentPlanVocabulary(
    string Now,
    string Dont,
    string Who,
    string Received,
    string Staff,
    string Aftercare,
    string After,
    string HelpLineFor,
    string HelpLineReach,
    string HelpLineAroundTheClock,
    IReadOnlyList<string> AroundTheClockValues)
{
    /// <summary>The sections every plan has.</summary>
    public IReadOnlyList<string> Required => [Now, Dont, Who];

    /// <summary>The Dutch heading of a section of this language, or the heading itself when it is not one of the plan's own.</summary>
    public string ToDutch(string heading) =>
        heading.Equals(Now, StringComparison.OrdinalIgnoreCase) ? ContentVocabulary.IncidentNowHeading
        : heading.Equals(Dont, StringComparison.OrdinalIgnoreCase) ? ContentVocabulary.IncidentDontHeading
        : heading.Equals(Who, StringComparison.OrdinalIgnoreCase) ? ContentVocabulary.IncidentWhoHeading
        : heading.Equals(Received, StringComparison.OrdinalIgnoreCase) ? ContentVocabulary.IncidentReceivedHeading
        : heading.Equals(Staff, StringComparison.OrdinalIgnoreCase) ? ContentVocabulary.IncidentStaffHeading
        : heading.Equals(Aftercare, StringComparison.OrdinalIgnoreCase) ? ContentVocabulary.IncidentAftercareHeading
        : heading.Equals(After, StringComparison.OrdinalIgnoreCase) ? ContentVocabulary.IncidentAfterHeading
        : heading;
}
