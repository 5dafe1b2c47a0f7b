using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Bot.Storage;
using SafetyBot.Cards;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows.Weekly;

/// <summary>Builds the weekly card for everyone (the shared view) or for one voter, from the store's current state.</summary>
public sealed class WeeklyCards(IWeeklyStore store, LoadedKnowledge knowledge)
{
    public WeeklyDilemma? Dilemma(string id) => knowledge.Content.WeeklyDilemma(id);

    public async Task<WeeklyCardView> SharedAsync(WeeklyPost post, WeeklyDilemma dilemma, CancellationToken cancellationToken)
    {
        var tally = await store.TallyAsync(post.TeamId, post.Week, dilemma.Options.Count, WeeklyCard.MaxRefreshUsers, cancellationToken);
        return new WeeklyCardView(
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
            RefreshUserIds: tally.Voters <= WeeklyCard.MaxRefreshUsers ? tally.VoterRefs : [],
            ManualRefresh: tally.Voters > WeeklyCard.MaxRefreshUsers);
    }

    public async Task<WeeklyCardView> PersonalAsync(WeeklyPost post, WeeklyDilemma dilemma, string userKey, CancellationToken cancellationToken)
    {
        var shared = await SharedAsync(post, dilemma, cancellationToken);
        return shared with { MyVote = await store.GetVoteAsync(post.TeamId, post.Week, userKey, cancellationToken) };
    }

    /// <summary>An empty card for a fresh post: nobody has voted yet.</summary>
    public static WeeklyCardView Fresh(string week, WeeklyDilemma dilemma) => new(
        week, dilemma.Id, dilemma.Title, dilemma.Situation, dilemma.Options, dilemma.DiscussionQuestions,
        MarkdownContentParser.ForCard(dilemma.Background), Voters: 0);
}
