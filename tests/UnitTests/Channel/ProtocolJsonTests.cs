using System.Text.Json;
using System.Text.Json.Nodes;
using SafetyBot.Bot.Channel;

namespace SafetyBot.UnitTests.Channel;

/// <summary>What the bot writes on the wire: a null property is left out, never written as null.</summary>
public sealed class ProtocolJsonTests
{
    [Fact]
    public void A_text_reply_has_only_the_fields_that_are_set()
    {
        var json = JsonSerializer.Serialize(OutgoingActivity.FromText("hoi"), ChannelJson.Options);
        Assert.Equal("""{"type":"message","text":"hoi","textFormat":"markdown","locale":"nl-NL"}""", json);
    }

    [Fact]
    public void An_addressed_card_reply_leaves_out_null_account_and_conversation_fields()
    {
        var reply = OutgoingActivity.FromCard(new JsonObject { ["type"] = "AdaptiveCard" });
        reply.From = new AccountRef("28:bot", null);
        reply.Recipient = new AccountRef(null, "Juf", "aad-1");
        reply.Conversation = new ConversationRef("a:1", TenantId: "tenant-1");

        var json = JsonSerializer.Serialize(reply, ChannelJson.Options);

        Assert.Equal(
            """{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard"}}],"locale":"nl-NL","from":{"id":"28:bot"},"recipient":{"name":"Juf","aadObjectId":"aad-1"},"conversation":{"id":"a:1","tenantId":"tenant-1"}}""",
            json);
    }

    [Fact]
    public void Conversation_parameters_leave_out_what_is_null()
    {
        var json = JsonSerializer.Serialize(new ConversationParameters(true, null, "tenant-1", null, null), ChannelJson.Options);
        Assert.Equal("""{"isGroup":true,"tenantId":"tenant-1"}""", json);
    }

    [Fact]
    public void Nulls_inside_json_nodes_are_written_as_they_are()
    {
        var reply = new OutgoingActivity { Text = "x", ChannelData = new JsonObject { ["notification"] = null } };
        var json = JsonSerializer.Serialize(reply, ChannelJson.Options);
        Assert.Equal("""{"type":"message","text":"x","locale":"nl-NL","channelData":{"notification":null}}""", json);
    }
}
