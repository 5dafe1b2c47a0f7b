namespace SafetyBot.Knowledge.Retrieval;

/// <summary>How a message reads against the question before it (<see cref="FollowUpCues"/>).</summary>
public enum FollowUpCue
{
    /// <summary>A message that reads as a question of its own.</summary>
    None,

    /// <summary>It says it continues ("en als…", "heb je daar ook…", "and if…"): a follow-up whatever it names.</summary>
    Continues,

    /// <summary>It may continue ("wat als…", "daar…"): a follow-up only when it has no topic of its own.</summary>
    MayContinue,

    /// <summary>
    /// A short message without such words ("voor groep 8?"): a follow-up only when it has no topic of its
    /// own and its own words do not refer it out ("wanneer is de kerstvakantie" stays a question of its own).
    /// </summary>
    IsShort,
}
