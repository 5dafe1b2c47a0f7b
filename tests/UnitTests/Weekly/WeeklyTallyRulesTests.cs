using SafetyBot.Bot.Flows.Weekly;
using SafetyBot.Cards;

namespace SafetyBot.UnitTests.Weekly;

/// <summary><see cref="WeeklyTallyRules"/>: when the weekly card may show counts, and when the shared card may move.</summary>
public sealed class WeeklyTallyRulesTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(60, true)]
    public void The_result_shows_from_five_voters(int voters, bool mayReveal) =>
        Assert.Equal(mayReveal, WeeklyTallyRules.MayReveal(voters));

    [Theory]
    [InlineData(false, null, 1, true)]
    [InlineData(false, null, 4, true)]
    [InlineData(true, null, 4, false)]
    [InlineData(true, null, 5, true)]
    [InlineData(true, 5, 5, false)]
    [InlineData(true, 5, 6, false)]
    [InlineData(true, 5, 7, false)]
    [InlineData(true, 5, 8, true)]
    [InlineData(true, 5, 20, true)]
    [InlineData(true, 9, 8, false)]
    public void Before_the_reveal_every_change_shows_after_it_only_steps_of_three_new_voters(bool revealed, int? shown, int voters, bool due) =>
        Assert.Equal(due, WeeklyTallyRules.SharedUpdateDue(revealed, shown, voters));

    [Fact]
    public void The_card_says_from_how_many_votes_the_result_shows_until_then()
    {
        var view = new WeeklyCardView("2026-W49", "week-a", "Titel", "Situatie", ["Een", "Twee"], ["Vraag?"], "Achtergrond", Voters: 4, RevealMinimum: WeeklyTallyRules.RevealMinimum);

        Assert.Contains("De uitslag is te zien vanaf 5 stemmen.", WeeklyCard.Build(view).ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("vanaf 5 stemmen", WeeklyCard.Build(view with { Voters = 5 }).ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("vanaf 5 stemmen", WeeklyCard.Build(view with { Tally = [3, 1] }).ToJsonString(), StringComparison.Ordinal);
    }
}
