using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Bot.Storage;
using SafetyBot.Cards;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows.Weekly;

/// <summary>
/// Builds the weekly card for everyone (the shared view) or for one voter, from the store's current
/// state. Only <see cref="WeeklyTallyUpdater"/> sends the shared view, and after the reveal only at
/// the steps of <see cref="WeeklyTallyRules"/>; a voter's own view is live.
/// </summary>
public sealed class WeeklyCards(IWeeklyStore store, LoadedKnowledge knowledge)
{
    public WeeklyDilemma? Dilemma(string id) => knowledge.Content.WeeklyDilemma(id);

    public Task<WeeklyTally> TallyAsync(WeeklyPost post, WeeklyDilemma dilemma, CancellationToken cancellationToken) =>
        store.TallyAsync(post.TeamId, post.Week, dilemma.Options.Count, WeeklyCard.MaxRefreshUsers, cancellationToken);

    /// <summary>The card everyone sees, from <paramref name="tally"/>: the voter ids (ordered by id) for their refresh, the counts once revealed.</summary>
    public static WeeklyCardView Shared(WeeklyPost post, WeeklyDilemma dilemma, WeeklyTally tally) => new(
        post.Week,
        dilemma.Id,
        dilemma.Title,
        dilemma.Situation,
        dilemma.Options,
        dilemma.DiscussionQuestions,
        MarkdownContentParser.ForCard(dilemma.Background),
        tally.Voters,
        post.Revealed ? tally.Counts : null,
        MyVote: null,
        RefreshUserIds: tally.Voters <= WeeklyCard.MaxRefreshUsers ? [.. tally.VoterRefs.Order(StringComparer.Ordinal)] : [],
        ManualRefresh: tally.Voters > WeeklyCard.MaxRefreshUsers,
        RevealMinimum: WeeklyTallyRules.RevealMinimum);

    /// <summary>
    /// The card as one voter sees it: their own vote and the live count (and the live counts once
    /// revealed). Its refresh names only this voter (<paramref name="userRef"/>): the live list of
    /// voters beside live counts would tell them who voted what.
    /// </summary>
    public async Task<WeeklyCardView> PersonalAsync(WeeklyPost post, WeeklyDilemma dilemma, string userKey, string? userRef, CancellationToken cancellationToken)
    {
        var shared = Shared(post, dilemma, await TallyAsync(post, dilemma, cancellationToken));
        return shared with
        {
            MyVote = await store.GetVoteAsync(post.TeamId, post.Week, userKey, cancellationToken),
            RefreshUserIds = string.IsNullOrEmpty(userRef) ? [] : [userRef],
            ManualRefresh = string.IsNullOrEmpty(userRef) && shared.ManualRefresh,
        };
    }

    /// <summary>An empty card for a fresh post: nobody has voted yet.</summary>
    public static WeeklyCardView Fresh(string week, WeeklyDilemma dilemma) => new(
        week, dilemma.Id, dilemma.Title, dilemma.Situation, dilemma.Options, dilemma.DiscussionQuestions,
        MarkdownContentParser.ForCard(dilemma.Background), Voters: 0, RevealMinimum: WeeklyTallyRules.RevealMinimum);
}
