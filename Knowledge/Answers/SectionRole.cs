using System.Text.RegularExpressions;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Knowledge.Answers;

/// <summary>What a section of an article is for, read from its heading (and, for the lead, the article's kind).</summary>
public enum SectionRole
{
    /// <summary>A dilemma's situation ("## De situatie"): context, never the answer.</summary>
    Situation,

    /// <summary>An article's lead: the answer to its main question in one or two sentences (dilemmas included).</summary>
    Lead,

    /// <summary>What to do: "Wat doe je?", "Zo pak je het aan", steps, tips.</summary>
    Advice,

    /// <summary>"Let op": cautions and exceptions.</summary>
    Caution,

    /// <summary>"Waarom?": the reasons.</summary>
    Why,

    /// <summary>"Wie betrek je?": who else to involve.</summary>
    Who,

    /// <summary>Background knowledge: "Wat is …?", "Wat zegt de wet …?", "Welke …?".</summary>
    KnowHow,

    Other,
}

public static partial class SectionRoles
{
    /// <summary>
    /// The role of a section: the lead is a lead in every article (a dilemma's situation has its own
    /// "## De situatie" section, which <c>kb validate</c> requires), any other section's role comes from its heading.
    /// </summary>
    public static SectionRole Of(ContentSection section) =>
        section.Id == ContentVocabulary.LeadSectionId ? SectionRole.Lead : OfHeading(section.Heading);

    public static SectionRole OfHeading(string heading)
    {
        var h = heading.Trim();
        if (SituationHeading().IsMatch(h))
        {
            return SectionRole.Situation;
        }

        if (CautionHeading().IsMatch(h))
        {
            return SectionRole.Caution;
        }

        if (AdviceHeading().IsMatch(h))
        {
            return SectionRole.Advice;
        }

        if (WhyHeading().IsMatch(h))
        {
            return SectionRole.Why;
        }

        if (WhoHeading().IsMatch(h))
        {
            return SectionRole.Who;
        }

        return KnowHowHeading().IsMatch(h) ? SectionRole.KnowHow : SectionRole.Other;
    }

    [GeneratedRegex(@"^(de )?situatie\b|^wat (speelt|gebeurt) er\b", RegexOptions.IgnoreCase)]
    private static partial Regex SituationHeading();

    [GeneratedRegex(@"^(let op|valkuilen?|pas op)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CautionHeading();

    [GeneratedRegex(@"^(wat doe je|wat kun je doen|wat je kunt doen|wat kun je als|zo\b|stappen|stappenplan|aanpak|tips?\b|wat werkt)", RegexOptions.IgnoreCase)]
    private static partial Regex AdviceHeading();

    [GeneratedRegex(@"^waarom\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhyHeading();

    [GeneratedRegex(@"^(wie betrek je|wie schakel je in|wie doet wat|samenwerken met)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoHeading();

    [GeneratedRegex(@"^(wat is|wat zijn|wat zegt|wat valt|wat meld|welke|wanneer is|hoe herken)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KnowHowHeading();
}
