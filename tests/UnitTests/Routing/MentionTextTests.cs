using SafetyBot.Bot.Channel;

namespace SafetyBot.UnitTests.Routing;

public sealed class MentionTextTests
{
    [Theory]
    [InlineData("<at>SafetyBot</at> weekkaart", "weekkaart")]
    [InlineData("  <at id=\"0\">Safety Bot</at>   help  ", "help")]
    [InlineData("vraag <at>SafetyBot</at> over pesten", "vraag over pesten")]
    [InlineData(null, "")]
    public void Strips_teams_mentions_and_collapses_whitespace(string? text, string expected)
    {
        Assert.Equal(expected, MentionText.Strip(text));
    }
}
