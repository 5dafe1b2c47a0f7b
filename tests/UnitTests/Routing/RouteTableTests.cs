using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Routing;

namespace SafetyBot.UnitTests.Routing;

public sealed class RouteTableTests
{
    private static readonly TurnHandler Nothing = _ => Task.CompletedTask;
    private static readonly InvokeHandler Answer = _ => Task.FromResult(InvokeResponse.Acknowledged);

    [Fact]
    public void A_command_registered_twice_fails_when_the_table_is_built()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RouteTable.From(
        [
            new Flow(r => r.OnCommand(Commands.Quiz, Nothing)),
            new Flow(r => r.OnCommand(Commands.Quiz, Nothing)),
        ]));

        Assert.Contains("command:quiz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_registered_twice_fails()
    {
        Assert.Throws<InvalidOperationException>(() => RouteTable.From(
        [
            new Flow(r => r.OnVerb("quiz.answer", Answer).OnVerb("QUIZ.ANSWER", Answer)),
        ]));
    }

    [Fact]
    public void A_second_fallback_message_route_fails()
    {
        Assert.Throws<InvalidOperationException>(() => RouteTable.From(
        [
            new Flow(r => r.OnAnyOtherMessage("ask", Nothing)),
            new Flow(r => r.OnAnyOtherMessage("other", Nothing)),
        ]));
    }

    [Fact]
    public void A_command_outside_the_command_table_fails()
    {
        Assert.Throws<InvalidOperationException>(() => RouteTable.From([new Flow(r => r.OnCommand("dance", Nothing))]));
    }

    [Fact]
    public void Distinct_routes_build()
    {
        var table = RouteTable.From(
        [
            new Flow(r => r.OnCommand(Commands.Help, Nothing).OnVerb("feedback.rate", Answer)),
            new Flow(r => r.OnEvent("welcome", ActivityTypes.ConversationUpdate, _ => true, Nothing)),
        ]);

        Assert.True(table.Commands.ContainsKey(Commands.Help));
        Assert.True(table.Verbs.ContainsKey("feedback.rate"));
        Assert.Single(table.Events);
    }

    private sealed class Flow(Action<RouteTableBuilder> map) : IBotFlow
    {
        public void MapRoutes(RouteTableBuilder routes) => map(routes);
    }
}
