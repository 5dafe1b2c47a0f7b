using SafetyBot.Bot.Flows.Weekly;
using SafetyBot.Bot.Storage;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.UnitTests.Weekly;

/// <summary><see cref="WeeklyDilemmaSelector"/>: which dilemma a team gets in a week.</summary>
public sealed class WeeklyDilemmaSelectorTests
{
    private const string Team = "team-1";

    private static WeeklyDilemma Dilemma(string id, Audience audience = Audience.All) => new()
    {
        Id = id, Title = id, Audience = audience, Tags = [], Situation = "Situatie.", Options = ["A", "B", "C"],
        DiscussionQuestions = ["Wat doe je?"], Background = "Achtergrond.", Related = [], Links = [], Origin = "test",
    };

    private static List<WeeklyDilemma> Library(int count) => [.. Enumerable.Range(1, count).Select(i => Dilemma($"d{i}"))];

    private static WeeklyPost Post(string week, string dilemmaId, WeeklyPostStatus status = WeeklyPostStatus.Sent) => new()
    {
        TeamId = Team, Week = week, DilemmaId = dilemmaId, ConversationId = Team, ServiceUrl = "https://smba.example/", Status = status,
    };

    [Fact]
    public void A_team_gets_only_a_dilemma_that_fits_every_school_type_it_has()
    {
        var library = new List<WeeklyDilemma> { Dilemma("po", Audience.Po), Dilemma("vo", Audience.Vo), Dilemma("po-vo", Audience.Po | Audience.Vo), Dilemma("mbo", Audience.Mbo) };

        Assert.Equal("po-vo", WeeklyDilemmaSelector.Choose(library, Team, Audience.Po | Audience.Vo, "2026-W49", [])!.Id);
        Assert.Equal("mbo", WeeklyDilemmaSelector.Choose(library, Team, Audience.Mbo, "2026-W49", [])!.Id);
    }

    [Fact]
    public void A_mix_no_dilemma_fits_as_a_whole_gets_one_that_fits_part_of_it()
    {
        var library = new List<WeeklyDilemma> { Dilemma("po", Audience.Po), Dilemma("vo", Audience.Vo) };

        var chosen = WeeklyDilemmaSelector.Choose(library, Team, Audience.Po | Audience.Mbo, "2026-W49", []);

        Assert.Equal("po", chosen!.Id);
    }

    [Fact]
    public void A_team_no_dilemma_fits_at_all_gets_none()
    {
        Assert.Null(WeeklyDilemmaSelector.Choose([Dilemma("po", Audience.Po)], Team, Audience.Mbo, "2026-W49", []));
        Assert.Null(WeeklyDilemmaSelector.Choose([], Team, Audience.All, "2026-W49", []));
    }

    [Fact]
    public void A_whole_school_year_of_weeks_never_repeats_a_dilemma_while_fresh_ones_last()
    {
        var library = Library(45);
        var history = new List<WeeklyPost>();
        for (var monday = new DateOnly(2026, 8, 3); monday < new DateOnly(2027, 8, 1); monday = monday.AddDays(7))
        {
            var week = SchoolCalendar.IsoWeek(monday);
            history.Add(Post(week, WeeklyDilemmaSelector.Choose(library, Team, Audience.All, week, history)!.Id));
        }

        Assert.Equal(52, history.Count);
        Assert.Equal(45, history.Take(45).Select(p => p.DilemmaId).Distinct().Count());
    }

    [Fact]
    public void A_dilemma_used_in_the_previous_school_year_may_come_again()
    {
        var library = Library(2);
        var lastYear = new List<WeeklyPost> { Post("2026-W20", "d1"), Post("2026-W31", "d2") }; // W31: Thursday 30 July 2026

        var chosen = WeeklyDilemmaSelector.Choose(library, Team, Audience.All, "2026-W32", lastYear);
        var sameYear = WeeklyDilemmaSelector.Choose(library, Team, Audience.All, "2026-W30", [Post("2026-W20", "d1")]);

        Assert.Equal(WeeklyDilemmaSelector.Choose(library, Team, Audience.All, "2026-W32", []), chosen);
        Assert.Equal("d2", sameYear!.Id);
    }

    [Fact]
    public void The_weeks_around_new_year_belong_to_one_school_year()
    {
        var library = Library(2);
        var first = WeeklyDilemmaSelector.Choose(library, Team, Audience.All, "2026-W53", [])!;

        var next = WeeklyDilemmaSelector.Choose(library, Team, Audience.All, "2027-W01", [Post("2026-W53", first.Id)])!;

        Assert.NotEqual(first.Id, next.Id);
    }

    [Theory]
    [InlineData(WeeklyPostStatus.NotDelivered, true)]
    [InlineData(WeeklyPostStatus.ConversationGone, true)]
    [InlineData(WeeklyPostStatus.Ambiguous, false)]
    [InlineData(WeeklyPostStatus.Sending, false)]
    [InlineData(WeeklyPostStatus.Sent, false)]
    public void Only_a_send_that_provably_did_not_land_leaves_its_dilemma_unused(WeeklyPostStatus status, bool mayComeAgain)
    {
        var library = Library(6);
        var first = WeeklyDilemmaSelector.Choose(library, Team, Audience.All, "2026-W49", [])!;

        var next = WeeklyDilemmaSelector.Choose(library, Team, Audience.All, "2026-W50", [Post("2026-W49", first.Id, status)])!;

        Assert.Equal(mayComeAgain, next.Id == first.Id);
    }

    [Fact]
    public void When_all_were_used_this_year_the_one_used_longest_ago_comes_again()
    {
        var library = Library(3);
        // d3 was also the first one this year, but its last use is the most recent: its last use counts.
        var history = new List<WeeklyPost> { Post("2026-W40", "d3"), Post("2026-W38", "d2"), Post("2026-W39", "d1"), Post("2026-W36", "d3") };

        Assert.Equal("d2", WeeklyDilemmaSelector.Choose(library, Team, Audience.All, "2026-W41", history)!.Id);
    }

    [Fact]
    public void The_order_is_fixed_per_team_and_school_year_but_differs_between_teams_and_years()
    {
        var library = Library(20);

        string Pick(string team, string week) => WeeklyDilemmaSelector.Choose(library, team, Audience.All, week, [])!.Id;

        Assert.Equal(Pick("team-a", "2026-W40"), Pick("team-a", "2027-W20")); // one school year
        Assert.Equal(Pick("team-a", "2026-W40"), WeeklyDilemmaSelector.Choose(library.AsEnumerable().Reverse().ToList(), "team-a", Audience.All, "2026-W40", [])!.Id);
        var teams = Enumerable.Range(0, 8).Select(i => Pick($"team-{i}", "2026-W40")).Distinct().Count();
        Assert.True(teams > 1, "every team gets the same dilemma in the same week");
        var years = Enumerable.Range(2026, 8).Select(year => Pick("team-a", $"{year}-W40")).Distinct().Count();
        Assert.True(years > 1, "a team gets the same first dilemma every school year");
    }
}
