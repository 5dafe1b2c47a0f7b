using System.Text.Json;
using SafetyBot.Bot.Flows.Lifecycle;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Storage;

namespace SafetyBot.UnitTests.Storage;

public sealed class ConversationReferenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    private static Activity Parse(string json) => JsonSerializer.Deserialize<Activity>(json, ChannelJson.Options)!;

    [Fact]
    public void A_team_install_keeps_the_address_and_no_user_and_no_names_of_people()
    {
        var activity = Parse("""
            {"type":"installationUpdate","action":"add","serviceUrl":"https://smba.trafficmanager.net/emea/",
             "from":{"id":"29:u","name":"Juf Anna","aadObjectId":"aad-1"},"recipient":{"id":"28:bot","name":"SafetyBot"},
             "conversation":{"id":"19:general@thread.tacv2;messageid=17","conversationType":"channel","tenantId":"t-1"},
             "channelData":{"tenant":{"id":"t-1"},"team":{"id":"19:team@thread.tacv2","name":"Team Onderbouw"},"channel":{"id":"19:general@thread.tacv2"}}}
            """);

        var reference = ConversationLifecycleFlow.ReferenceOf(activity, Now)!;

        Assert.Equal("19:general@thread.tacv2", reference.ConversationId);
        Assert.Equal(("channel", "t-1", "19:team@thread.tacv2", "19:general@thread.tacv2"), (reference.ConversationType, reference.TenantId, reference.TeamId, reference.ChannelId));
        Assert.Equal(("28:bot", "SafetyBot"), (reference.BotId, reference.BotName));
        Assert.Null(reference.UserKey);
        Assert.DoesNotContain("Anna", reference.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_personal_install_is_keyed_to_the_user_for_forget_me()
    {
        var activity = Parse("""{"type":"installationUpdate","serviceUrl":"https://x/","from":{"id":"29:u","aadObjectId":"aad-1"},"conversation":{"id":"a:1","conversationType":"personal"}}""");

        Assert.Equal("aad-1", ConversationLifecycleFlow.ReferenceOf(activity, Now)!.UserKey);
    }

    [Fact]
    public void Without_a_service_url_there_is_nothing_to_store()
    {
        var activity = Parse("""{"type":"installationUpdate","conversation":{"id":"a:1"}}""");

        Assert.Null(ConversationLifecycleFlow.ReferenceOf(activity, Now));
    }

    [Theory]
    [InlineData("aad-1", "29:u", "aad-1")]
    [InlineData(null, "29:u", "29:u")]
    [InlineData(" ", "29:u", "29:u")]
    public void The_user_key_is_the_entra_object_id_else_the_channel_user_id(string? aadObjectId, string id, string expected)
    {
        var activity = new Activity { From = new ChannelAccount { Id = id, AadObjectId = aadObjectId } };

        Assert.Equal(expected, UserKey.Of(activity));
    }
}
