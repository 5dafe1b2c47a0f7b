using System.Globalization;
using Cronos;
using Microsoft.Extensions.Options;

namespace SafetyBot.Bot.Flows.Weekly;

/// <summary><c>Weekly:*</c>: when teams get their discussion card by default, and how often a card's tally is updated.</summary>
public sealed class WeeklyOptions
{
    public const string Section = "Weekly";

    /// <summary>A five-field cron expression in <see cref="TimeZone"/>; a team's own setting overrides it.</summary>
    public string Schedule { get; set; } = "0 8 * * 1";

    public string TimeZone { get; set; } = "Europe/Amsterdam";

    /// <summary>At most one update (PUT) of a shared card per this many seconds, within Teams' rate limits.</summary>
    public int TallyUpdateSeconds { get; set; } = 5;

    /// <summary>Whether this instance runs the scheduler (several instances may: the store's claims keep posts single).</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>How often the scheduler looks for teams whose card is due.</summary>
    public int TickSeconds { get; set; } = 60;

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public TimeSpan TallyUpdateInterval => TimeSpan.FromSeconds(TallyUpdateSeconds);
}

public sealed class WeeklyOptionsValidator : IValidateOptions<WeeklyOptions>
{
    public ValidateOptionsResult Validate(string? name, WeeklyOptions options)
    {
        var failures = new List<string>();
        if (WeeklySchedules.TryParse(options.Schedule) is null)
        {
            failures.Add($"Weekly:Schedule '{options.Schedule}' is not a five-field cron expression (e.g. '0 8 * * 1': Mondays at 08:00).");
        }

        if (!WeeklySchedules.TryFindZone(options.TimeZone, out _))
        {
            failures.Add($"Weekly:TimeZone '{options.TimeZone}' is not a known time zone (e.g. Europe/Amsterdam).");
        }

        if (options.TickSeconds is < 5 or > 3600)
        {
            failures.Add("Weekly:TickSeconds must be between 5 and 3600.");
        }

        if (options.TallyUpdateSeconds is < 1 or > 300)
        {
            failures.Add("Weekly:TallyUpdateSeconds must be between 1 and 300.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
