namespace SafetyBot.Bot.Flows.Weekly;

/// <summary>
/// What the shared weekly card may show, so that comparing versions of it does not tell who voted
/// what (docs/privacy.md, "Weekly votes"): the counts only from <see cref="RevealMinimum"/> voters on,
/// and after the reveal the shared counts move only when at least <see cref="Step"/> more have voted.
/// A voter's own view (the invoke answer, their refresh) shows the live counts.
/// </summary>
public static class WeeklyTallyRules
{
    /// <summary>"Toon uitslag" works only from this many voters.</summary>
    public const int RevealMinimum = 5;

    /// <summary>After the reveal the shared card is replaced only when this many more have voted since its last update.</summary>
    public const int Step = 3;

    public static bool MayReveal(int voters) => voters >= RevealMinimum;

    /// <summary>
    /// Whether the shared card may be replaced now. Before the reveal it shows no counts, so any change
    /// may show. After it: the first update (the reveal itself) from <see cref="RevealMinimum"/> voters,
    /// then only once the voters grew by <see cref="Step"/> since the last update. Changed votes do not
    /// count towards a step: a voter could otherwise force a step by changing their own vote.
    /// </summary>
    public static bool SharedUpdateDue(bool revealed, int? shownVoters, int voters) =>
        !revealed || (shownVoters is { } shown ? voters >= shown + Step : voters >= RevealMinimum);
}
