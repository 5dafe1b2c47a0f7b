using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Configuration;
using SafetyBot.Bot.Flows.Weekly;

namespace SafetyBot.UnitTests.Weekly;

/// <summary><see cref="SchoolHolidays"/>: which dates get no weekly card, per region, and which settings are refused.</summary>
public sealed class SchoolHolidaysTests
{
    private static SchoolHolidays Holidays(params SchoolHoliday[] holidays) =>
        new(Options.Create(new SchoolOptions { Holidays = [.. holidays] }), NullLogger<SchoolHolidays>.Instance);

    private static SchoolHoliday Holiday(string? name, string? from, string? to, string? region = null) => new() { Name = name, From = from, To = to, Region = region };

    private static DateOnly Date(string value) => DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-12-18", null)]
    [InlineData("2026-12-19", "Kerstvakantie")]
    [InlineData("2026-12-31", "Kerstvakantie")]
    [InlineData("2027-01-01", "Kerstvakantie")]
    [InlineData("2027-01-03", "Kerstvakantie")]
    [InlineData("2027-01-04", null)]
    public void A_holiday_across_the_new_year_includes_its_first_and_last_day(string date, string? expected)
    {
        var holidays = Holidays(Holiday("Kerstvakantie", "2026-12-19", "2027-01-03"));

        Assert.Equal(expected, holidays.HolidayOn(Date(date), "noord"));
        Assert.False(holidays.IsDefault);
    }

    [Fact]
    public void A_regional_holiday_applies_to_its_region_only_and_one_without_a_region_to_all()
    {
        var holidays = Holidays(
            Holiday("Herfstvakantie", "2026-10-10", "2026-10-18", "noord"),
            Holiday("Herfstvakantie zuid", "2026-10-17", "2026-10-25", "zuid"),
            Holiday("Studiedag", "2026-11-20", "2026-11-20"));

        Assert.Equal("Herfstvakantie", holidays.HolidayOn(Date("2026-10-12"), "noord"));
        Assert.Null(holidays.HolidayOn(Date("2026-10-12"), "zuid"));
        Assert.Null(holidays.HolidayOn(Date("2026-10-12"), null));
        Assert.Equal("Herfstvakantie zuid", holidays.HolidayOn(Date("2026-10-20"), "zuid"));
        Assert.Null(holidays.HolidayOn(Date("2026-10-20"), "midden"));
        Assert.All(new string?[] { "noord", "midden", "zuid", null }, region => Assert.Equal("Studiedag", holidays.HolidayOn(Date("2026-11-20"), region)));
    }

    [Fact]
    public void Regions_match_whatever_their_case()
    {
        var holidays = Holidays(Holiday("Voorjaarsvakantie", "2027-02-13", "2027-02-21", " Noord "));

        Assert.Equal("Voorjaarsvakantie", holidays.HolidayOn(Date("2027-02-15"), "NOORD"));
    }

    [Fact]
    public void A_holiday_without_a_name_is_called_vakantie()
    {
        Assert.Equal("Vakantie", Holidays(Holiday(null, "2027-04-27", "2027-04-27")).HolidayOn(Date("2027-04-27"), null));
    }

    [Theory]
    [InlineData("2027-01-03", "2026-12-19", null, "From and To must be dates")]
    [InlineData("19-12-2026", "2027-01-03", null, "From and To must be dates")]
    [InlineData("2026-12-19", null, null, "From and To must be dates")]
    [InlineData("2026-02-30", "2026-03-01", null, "From and To must be dates")]
    [InlineData("2026-12-19", "2027-01-03", "oost", "Region must be noord, midden or zuid")]
    public void A_bad_entry_is_refused_at_start_naming_it(string from, string? to, string? region, string expected)
    {
        var school = new SchoolOptions { Holidays = [Holiday("Goed", "2026-10-10", "2026-10-18"), Holiday("Fout", from, to, region)] };

        var result = new SchoolHolidaysValidator().Validate(null, school);

        Assert.True(result.Failed);
        Assert.Contains($"School:Holidays:1: {expected}", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("School:Holidays:0", result.FailureMessage, StringComparison.Ordinal);
        var error = Assert.Throws<OptionsValidationException>(() => new SchoolHolidays(Options.Create(school), NullLogger<SchoolHolidays>.Instance));
        Assert.Contains("School:Holidays:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_day_holiday_is_valid()
    {
        Assert.True(new SchoolHolidaysValidator().Validate(null, new SchoolOptions { Holidays = [Holiday("Studiedag", "2026-11-20", "2026-11-20")] }).Succeeded);
    }

    [Fact]
    public void Without_settings_the_bundled_holidays_apply_including_Christmas_across_the_new_year()
    {
        var holidays = Holidays();

        Assert.True(holidays.IsDefault);
        Assert.All(new[] { "noord", "midden", "zuid" }, region =>
        {
            Assert.NotNull(holidays.HolidayOn(Date("2026-12-31"), region));
            Assert.NotNull(holidays.HolidayOn(Date("2027-01-01"), region));
            Assert.NotNull(holidays.HolidayOn(Date("2027-07-26"), region));
            Assert.Null(holidays.HolidayOn(Date("2026-11-30"), region));
        });
        Assert.Equal("Herfstvakantie", holidays.HolidayOn(Date("2026-10-12"), "noord"));
        Assert.Null(holidays.HolidayOn(Date("2026-10-12"), "zuid"));
    }
}
