using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Flows.Weekly;
using SafetyBot.Bot.Storage;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Weekly;

/// <summary>
/// The weekly post's outcome is saved even when the caller's token (a turn's deadline) fires right
/// after the Connector accepted the card: the card went out, so the post must say Sent, not Sending.
/// </summary>
public sealed class WeeklyPostStatusTests : IAsyncLifetime
{
    private readonly SmallKnowledgeBase content = new();
    private readonly CancelAfterSendConnector connector = new();
    private BotFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new BotFactory()
            .With("Knowledge:ContentPath", content.Root)
            .With("Weekly:SchedulerEnabled", "false")
            .WithServices(services => services.AddSingleton<IConnectorClient>(connector));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        content.Dispose();
    }

    [Fact]
    public async Task A_deadline_that_fires_right_after_the_send_still_records_the_post_as_sent()
    {
        var poster = factory.Services.GetRequiredService<WeeklyPoster>();
        var store = factory.Services.GetRequiredService<IWeeklyStore>();
        using var deadline = new CancellationTokenSource();
        connector.AfterSend = deadline.Cancel;

        try
        {
            await poster.PostAsync(new WeeklyTarget("team-1", "19:general@thread.tacv2", "https://smba.trafficmanager.net/emea/"), "2026-W49", deadline.Token);
        }
        catch (OperationCanceledException)
        {
            // The caller may see its cancellation; what matters is what the store says.
        }

        Assert.Equal(1, connector.Sends);
        var post = await store.GetPostAsync("team-1", "2026-W49");
        Assert.NotNull(post);
        Assert.Equal((WeeklyPostStatus.Sent, "activity-sent"), (post.Status, post.ActivityId));

        // And so a second request that week finds it posted, not "maybe posted".
        var again = await poster.PostAsync(new WeeklyTarget("team-1", "19:general@thread.tacv2", "https://smba.trafficmanager.net/emea/"), "2026-W49", CancellationToken.None);
        Assert.Equal(WeeklyPostOutcome.AlreadyPosted, again.Outcome);
        Assert.Equal(1, connector.Sends);
    }

    /// <summary>A Connector that accepts every send and then runs <see cref="AfterSend"/> (the turn's deadline firing).</summary>
    private sealed class CancelAfterSendConnector : IConnectorClient
    {
        private int sends;

        public Action? AfterSend { get; set; }

        public int Sends => Volatile.Read(ref sends);

        public Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, string? replyToId, OutgoingActivity activity, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref sends);
            AfterSend?.Invoke();
            return Task.FromResult(new ResourceResponse("activity-sent"));
        }

        public Task UpdateAsync(string serviceUrl, string conversationId, string activityId, OutgoingActivity activity, CancellationToken cancellationToken) =>
            Task.CompletedTask;

        public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
            Task.FromResult(new ConversationResourceResponse(null, null, null));
    }
}
