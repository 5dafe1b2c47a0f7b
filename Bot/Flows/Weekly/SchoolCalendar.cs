using System.Globalization;

namespace SafetyBot.Bot.Flows.Weekly;

/// <summary>ISO weeks (the key of "once a week") and school years (August to July: no repeats within one).</summary>
public static class SchoolCalendar
{
    public const int SchoolYearStartMonth = 8;

    /// <summary>The ISO week of a moment as seen in <paramref name="zone"/>, e.g. <c>2026-W48</c>.</summary>
    public static string IsoWeek(DateTimeOffset moment, TimeZoneInfo zone) => IsoWeek(LocalDate(moment, zone));

    /// <summary>The calendar date of a moment on the clocks of <paramref name="zone"/> (a holiday is looked up on it).</summary>
    public static DateOnly LocalDate(DateTimeOffset moment, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);

    public static string IsoWeek(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dateTime)}-W{ISOWeek.GetWeekOfYear(dateTime):00}");
    }

    /// <summary>The Monday of an ISO week key; null when the key is not one.</summary>
    public static DateOnly? MondayOf(string isoWeek)
    {
        var parts = isoWeek.Split("-W");
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 9998
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var week) && week >= 1 && week <= ISOWeek.GetWeeksInYear(year))
        {
            return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        }

        return null;
    }

    /// <summary>The calendar year in which the school year of <paramref name="date"/> began (2026 for 2026-2027).</summary>
    public static int SchoolYear(DateOnly date) => date.Month >= SchoolYearStartMonth ? date.Year : date.Year - 1;

    public static int? SchoolYear(string isoWeek) =>
        MondayOf(isoWeek) is { } monday ? SchoolYear(monday.AddDays(3)) : null;
}
