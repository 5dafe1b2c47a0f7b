using System.Globalization;
using Cronos;

namespace SafetyBot.Bot.Flows.Weekly;

/// <summary>Cron expressions for the weekly card, and the day-and-time form the settings card edits.</summary>
public static class WeeklySchedules
{
    public static CronExpression? TryParse(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return null;
        }

        try
        {
            return CronExpression.Parse(expression.Trim(), CronFormat.Standard);
        }
        catch (CronFormatException)
        {
            return null;
        }
    }

    public static bool TryFindZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>"Weekday (1 = Monday … 5 = Friday) at HH:mm" as cron.</summary>
    public static string FromDayAndTime(int day, TimeOnly time) =>
        string.Create(CultureInfo.InvariantCulture, $"{time.Minute} {time.Hour} * * {day}");

    /// <summary>The day (1-5) and time of a simple weekly cron ("m h * * d"), or null for anything else.</summary>
    public static (int Day, TimeOnly Time)? ToDayAndTime(string? expression)
    {
        var fields = (expression ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 5 && fields[2] == "*" && fields[3] == "*"
            && int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var minute) && minute is >= 0 and < 60
            && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour is >= 0 and < 24
            && int.TryParse(fields[4], NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 5)
        {
            return (day, new TimeOnly(hour, minute));
        }

        return null;
    }
}
