using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Bot.Storage;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Storage;

/// <summary>The install/uninstall convention (docs/design.md, "Conversation events"), through POST /api/messages into the real store.</summary>
public sealed class ConversationLifecycleTests : IDisposable
{
    private readonly BotFactory factory = new();
    private readonly HttpClient client;

    public ConversationLifecycleTests() => client = factory.CreateClient();

    private IConversationReferenceStore References => factory.Services.GetRequiredService<IConversationReferenceStore>();

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
    }

    [Theory]
    [InlineData("personal", null)]
    [InlineData("groupChat", null)]
    [InlineData("channel", "19:team-1@thread.tacv2")]
    public async Task Installing_stores_the_conversation_reference_and_uninstalling_deletes_it(string conversationType, string? teamId)
    {
        var conversationId = conversationType == "channel" ? "19:team-1@thread.tacv2" : $"a:{conversationType}-1";

        var added = await client.PostActivityAsync(Activities.Installation("add", conversationId, conversationType, teamId));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);

        var stored = await References.GetAsync(conversationId);
        Assert.NotNull(stored);
        Assert.Equal((conversationType, "tenant-1", teamId, "https://smba.trafficmanager.net/emea/", "28:safetybot"), (stored.ConversationType, stored.TenantId, stored.TeamId, stored.ServiceUrl, stored.BotId));
        Assert.Equal(conversationType == "personal" ? "00000000-0000-0000-0000-000000000001" : null, stored.UserKey);

        var removed = await client.PostActivityAsync(Activities.Installation("remove", conversationId, conversationType, teamId));
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Null(await References.GetAsync(conversationId));
    }

    [Fact]
    public async Task An_upgrade_keeps_the_reference_and_a_removing_upgrade_deletes_it()
    {
        await client.PostActivityAsync(Activities.Installation("add", "a:conv-1"));
        await client.PostActivityAsync(Activities.Installation("add-upgrade", "a:conv-1"));
        Assert.Equal(2, (await References.GetAsync("a:conv-1"))!.Version);

        await client.PostActivityAsync(Activities.Installation("remove-upgrade", "a:conv-1"));
        Assert.Null(await References.GetAsync("a:conv-1"));
    }

    [Fact]
    public async Task The_bot_added_to_a_conversation_stores_the_reference_and_still_greets()
    {
        var response = await client.PostActivityAsync(Activities.BotAdded(conversationType: "groupChat", expectReplies: true));

        Assert.Contains("Hoi, ik ben SafetyBot", Assert.Single(await response.RepliesAsync())!.ToJsonString(), StringComparison.Ordinal);
        Assert.NotNull(await References.GetAsync("a:personal-conv-1"));
    }

    [Fact]
    public async Task The_bot_removed_from_a_team_deletes_every_reference_in_that_team()
    {
        await client.PostActivityAsync(Activities.Installation("add", "19:general@thread.tacv2", "channel", "team-1"));
        await References.UpsertAsync(new ConversationReference { ConversationId = "19:other@thread.tacv2", ConversationType = "channel", TeamId = "team-1", ServiceUrl = "https://smba.trafficmanager.net/emea/" });
        await client.PostActivityAsync(Activities.Installation("add", "a:conv-elsewhere"));

        var removed = Activities.Installation("add", "19:general@thread.tacv2;messageid=1234", "channel", "team-1");
        removed["type"] = "conversationUpdate";
        removed.Remove("action");
        removed["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = "28:safetybot" });
        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(removed)).StatusCode);

        var left = await References.ListAsync();
        Assert.Equal(["a:conv-elsewhere"], left.Select(r => r.ConversationId));
    }

    [Fact]
    public async Task Someone_else_leaving_a_conversation_keeps_the_reference()
    {
        await client.PostActivityAsync(Activities.Installation("add", "a:group-1", "groupChat"));

        var left = Activities.Installation("add", "a:group-1", "groupChat");
        left["type"] = "conversationUpdate";
        left.Remove("action");
        left["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = "29:user-2" });
        await client.PostActivityAsync(left);

        Assert.NotNull(await References.GetAsync("a:group-1"));
    }

    [Fact]
    public async Task Forget_me_removes_the_personal_conversation_reference_of_the_user()
    {
        await client.PostActivityAsync(Activities.Installation("add", "a:personal-1", userId: "29:user-1"));
        await client.PostActivityAsync(Activities.Installation("add", "a:personal-2", userId: "29:user-2"));

        await factory.Services.GetRequiredService<IUserDataEraser>().EraseUserAsync("00000000-0000-0000-0000-000000000001");

        Assert.Null(await References.GetAsync("a:personal-1"));
        Assert.NotNull(await References.GetAsync("a:personal-2"));
    }
}
