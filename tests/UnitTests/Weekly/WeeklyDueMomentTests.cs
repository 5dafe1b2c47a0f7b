using Cronos;
using SafetyBot.Bot.Flows.Weekly;

namespace SafetyBot.UnitTests.Weekly;

/// <summary><see cref="WeeklyScheduler.DueThisWeek"/>: the moment a team's card is due in the current ISO week, on the team's own clock.</summary>
public sealed class WeeklyDueMomentTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly CronExpression Monday8 = CronExpression.Parse("0 8 * * 1");

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0);
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local));
    }

    [Fact]
    public void In_week_53_the_card_is_due_on_its_Monday_in_December_also_seen_from_New_Years_Day()
    {
        var fromThursday = WeeklyScheduler.DueThisWeek(Local(2026, 12, 31, 12), Monday8, Amsterdam)!.Value;
        var fromNewYear = WeeklyScheduler.DueThisWeek(Local(2027, 1, 1, 12), Monday8, Amsterdam)!.Value;

        Assert.Equal(("2026-W53", Local(2026, 12, 28, 8)), (fromThursday.Week, fromThursday.Due));
        Assert.Equal(fromThursday, fromNewYear);
    }

    [Fact]
    public void The_week_that_starts_in_December_of_the_year_before_is_week_1()
    {
        var due = WeeklyScheduler.DueThisWeek(Local(2026, 1, 1, 12), Monday8, Amsterdam)!.Value;

        Assert.Equal(("2026-W01", Local(2025, 12, 29, 8)), (due.Week, due.Due));
    }

    [Fact]
    public void A_Sunday_schedule_belongs_to_the_week_it_ends()
    {
        var sunday20 = CronExpression.Parse("0 20 * * 0");

        var due = WeeklyScheduler.DueThisWeek(Local(2026, 12, 29, 9), sunday20, Amsterdam)!.Value;

        Assert.Equal(("2026-W53", Local(2027, 1, 3, 20)), (due.Week, due.Due));
    }

    [Fact]
    public void A_moment_later_in_the_week_is_returned_even_before_it_is_reached()
    {
        var friday = CronExpression.Parse("30 14 * * 5");

        var due = WeeklyScheduler.DueThisWeek(Local(2026, 11, 30, 9), friday, Amsterdam)!.Value;

        Assert.Equal(("2026-W49", Local(2026, 12, 4, 14, 30)), (due.Week, due.Due));
    }

    [Fact]
    public void The_week_is_that_of_the_teams_zone_not_of_UTC()
    {
        var sundayNightUtc = new DateTimeOffset(2027, 1, 3, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal("2027-W01", WeeklyScheduler.DueThisWeek(sundayNightUtc, Monday8, Amsterdam)!.Value.Week);
        Assert.Equal("2026-W53", WeeklyScheduler.DueThisWeek(sundayNightUtc, Monday8, TimeZoneInfo.Utc)!.Value.Week);
    }

    [Fact]
    public void Eight_o_clock_stays_eight_o_clock_local_in_winter_and_summer_time()
    {
        var autumn = WeeklyScheduler.DueThisWeek(Local(2026, 10, 28, 12), Monday8, Amsterdam)!.Value;
        var spring = WeeklyScheduler.DueThisWeek(Local(2027, 3, 31, 12), Monday8, Amsterdam)!.Value;

        Assert.Equal(new DateTimeOffset(2026, 10, 26, 7, 0, 0, TimeSpan.Zero), autumn.Due);
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 6, 0, 0, TimeSpan.Zero), spring.Due);
    }

    [Fact]
    public void A_time_the_clocks_skip_moves_on_within_the_same_week()
    {
        var sunday230 = CronExpression.Parse("30 2 * * 0");

        var due = WeeklyScheduler.DueThisWeek(Local(2027, 3, 24, 12), sunday230, Amsterdam)!.Value;

        Assert.Equal("2027-W12", due.Week);
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), due.Due);
    }

    [Fact]
    public void A_time_the_clocks_repeat_is_due_once_at_its_first_occurrence()
    {
        var sunday230 = CronExpression.Parse("30 2 * * 0");

        var due = WeeklyScheduler.DueThisWeek(Local(2026, 10, 21, 12), sunday230, Amsterdam)!.Value;

        Assert.Equal(("2026-W43", new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero)), (due.Week, due.Due.ToUniversalTime()));
    }

    [Fact]
    public void A_holiday_is_looked_up_on_the_local_date_of_the_due_moment()
    {
        // Monday 00:30 in Amsterdam is still Sunday in UTC: the team's own date decides.
        var midnight = CronExpression.Parse("30 0 * * 1");
        var due = WeeklyScheduler.DueThisWeek(Local(2027, 1, 6, 12), midnight, Amsterdam)!.Value;

        Assert.Equal(new DateOnly(2027, 1, 4), SchoolCalendar.LocalDate(due.Due, Amsterdam));
        Assert.Equal(new DateOnly(2027, 1, 3), DateOnly.FromDateTime(due.Due.UtcDateTime));
    }
}
