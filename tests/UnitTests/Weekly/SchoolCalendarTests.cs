using SafetyBot.Bot.Flows.Weekly;

namespace SafetyBot.UnitTests.Weekly;

/// <summary><see cref="SchoolCalendar"/>: ISO weeks across year ends and school years from August to July.</summary>
public sealed class SchoolCalendarTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Theory]
    [InlineData("2026-12-28", "2026-W53")] // 2026 starts on a Thursday: 53 ISO weeks
    [InlineData("2026-12-31", "2026-W53")]
    [InlineData("2027-01-01", "2026-W53")] // New Year's Day in the old year's last week
    [InlineData("2027-01-03", "2026-W53")]
    [InlineData("2027-01-04", "2027-W01")]
    [InlineData("2025-12-29", "2026-W01")] // the last days of December in the new year's first week
    [InlineData("2025-12-31", "2026-W01")]
    [InlineData("2024-12-31", "2025-W01")]
    [InlineData("2021-01-01", "2020-W53")]
    [InlineData("2026-11-30", "2026-W49")]
    public void The_ISO_week_of_a_date_across_the_year_end(string date, string expected)
    {
        Assert.Equal(expected, SchoolCalendar.IsoWeek(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2027-01-03T23:30:00Z", "2027-W01")] // Sunday in UTC, Monday 00:30 in Amsterdam
    [InlineData("2027-01-03T22:30:00Z", "2026-W53")] // Sunday 23:30 in Amsterdam
    [InlineData("2026-10-25T23:30:00Z", "2026-W44")] // Monday 00:30 in winter time (+1)
    [InlineData("2026-10-25T22:30:00Z", "2026-W43")] // Sunday 23:30 in winter time, the day the clocks went back
    [InlineData("2026-03-29T22:30:00Z", "2026-W14")] // Monday 00:30 in summer time (+2)
    [InlineData("2026-03-29T21:30:00Z", "2026-W13")] // Sunday 23:30 in summer time
    public void The_ISO_week_of_a_moment_is_that_of_the_local_date(string moment, string expected)
    {
        var at = DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, SchoolCalendar.IsoWeek(at, Amsterdam));
    }

    [Fact]
    public void The_local_date_of_a_moment_follows_the_zone_and_daylight_saving()
    {
        Assert.Equal(new DateOnly(2027, 1, 1), SchoolCalendar.LocalDate(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero), Amsterdam));
        Assert.Equal(new DateOnly(2026, 12, 31), SchoolCalendar.LocalDate(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero), TimeZoneInfo.Utc));
        Assert.Equal(new DateOnly(2026, 7, 1), SchoolCalendar.LocalDate(new DateTimeOffset(2026, 6, 30, 22, 30, 0, TimeSpan.Zero), Amsterdam));
        Assert.Equal(new DateOnly(2026, 11, 30), SchoolCalendar.LocalDate(new DateTimeOffset(2026, 11, 30, 22, 30, 0, TimeSpan.Zero), Amsterdam));
        Assert.Equal(new DateOnly(2026, 3, 30), SchoolCalendar.LocalDate(new DateTimeOffset(2026, 3, 29, 22, 30, 0, TimeSpan.Zero), Amsterdam));
    }

    [Theory]
    [InlineData("2026-W53", "2026-12-28")]
    [InlineData("2027-W01", "2027-01-04")]
    [InlineData("2026-W01", "2025-12-29")]
    [InlineData("2020-W53", "2020-12-28")]
    [InlineData("2026-W44", "2026-10-26")]
    public void The_Monday_of_a_week_may_lie_in_the_year_before(string week, string monday)
    {
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), SchoolCalendar.MondayOf(week));
    }

    [Theory]
    [InlineData("2025-W53")] // 2025 has 52 ISO weeks
    [InlineData("2027-W53")]
    [InlineData("2026-W00")]
    [InlineData("2026-W54")]
    [InlineData("2026-W1x")]
    [InlineData("2026W10")]
    [InlineData("+2026-W10")]
    [InlineData(" 2026-W10")]
    [InlineData("1999-W10")]
    [InlineData("9999-W10")]
    [InlineData("2026-W10-W1")]
    [InlineData("")]
    public void A_key_that_is_not_an_ISO_week_has_no_Monday_and_no_school_year(string week)
    {
        Assert.Null(SchoolCalendar.MondayOf(week));
        Assert.Null(SchoolCalendar.SchoolYear(week));
    }

    [Fact]
    public void Every_date_lies_in_the_week_of_its_Monday_for_years_with_52_and_53_weeks()
    {
        for (var date = new DateOnly(2020, 1, 1); date <= new DateOnly(2028, 12, 31); date = date.AddDays(1))
        {
            var monday = SchoolCalendar.MondayOf(SchoolCalendar.IsoWeek(date))!.Value;

            Assert.Equal(DayOfWeek.Monday, monday.DayOfWeek);
            Assert.InRange(date.DayNumber - monday.DayNumber, 0, 6);
        }
    }

    [Theory]
    [InlineData("2026-07-31", 2025)]
    [InlineData("2026-08-01", 2026)]
    [InlineData("2026-12-31", 2026)]
    [InlineData("2027-01-01", 2026)]
    [InlineData("2027-07-31", 2026)]
    [InlineData("2027-08-01", 2027)]
    public void A_school_year_runs_from_August_to_July_across_the_new_year(string date, int schoolYear)
    {
        Assert.Equal(schoolYear, SchoolCalendar.SchoolYear(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2024-W31", 2024)] // Monday 29 July, Thursday 1 August: the new school year's
    [InlineData("2026-W31", 2025)] // Monday 27 July, Thursday 30 July: the old school year's
    [InlineData("2026-W32", 2026)]
    [InlineData("2026-W53", 2026)]
    [InlineData("2027-W01", 2026)] // the weeks around New Year are one school year
    [InlineData("2026-W01", 2025)] // Monday 29 December 2025
    public void The_school_year_of_a_week_is_that_of_its_Thursday(string week, int schoolYear)
    {
        Assert.Equal(schoolYear, SchoolCalendar.SchoolYear(week));
    }
}
