using Microsoft.Extensions.Options;
using SafetyBot.Bot.Configuration;
using SafetyBot.Bot.Storage;

namespace SafetyBot.Bot.Flows.Weekly;

/// <summary>What one tick did for one team (tests and logs).</summary>
public enum WeeklyTickResult
{
    NotDue,
    Paused,
    Holiday,
    Unreachable,
    Done,
    Posted,
    AlreadyClaimed,
    Failed,
}

/// <summary>
/// Posts each team's weekly card at the team's time (its own cron and time zone, else <c>Weekly:*</c>),
/// at most once per team per ISO week: the post is claimed in the store before it is sent, so restarts,
/// several instances and retries never post twice. Holidays and paused or unreachable teams are skipped;
/// a send the connector proved undelivered is tried again at the next tick, an ambiguous one never.
/// One team's failure never stops the others.
/// </summary>
public sealed partial class WeeklyScheduler(
    IServiceProvider services,
    IOptions<WeeklyOptions> options,
    IOptions<SchoolOptions> school,
    TimeProvider time,
    ILogger<WeeklyScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SchedulerEnabled)
        {
            LogDisabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.TickSeconds), time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store being down for a moment must not end the scheduler; the next tick tries again.
                LogTickFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass over every team the bot is installed in.</summary>
    public async Task<IReadOnlyDictionary<string, WeeklyTickResult>> RunOnceAsync(CancellationToken cancellationToken)
    {
        var references = services.GetRequiredService<IConversationReferenceStore>();
        var settingsStore = services.GetRequiredService<ITeamSettingsStore>();
        var teams = (await references.ListAsync(cancellationToken))
            .Where(r => !string.IsNullOrWhiteSpace(r.TeamId))
            .GroupBy(r => r.TeamId!, StringComparer.Ordinal)
            .ToList();
        var settings = (await settingsStore.ListAsync(cancellationToken)).ToDictionary(s => s.TeamId, StringComparer.Ordinal);
        var results = new Dictionary<string, WeeklyTickResult>(StringComparer.Ordinal);
        foreach (var team in teams)
        {
            // The team's General channel (its id equals the team id), else the channel the bot met first.
            var target = team.FirstOrDefault(r => r.ConversationId == team.Key) ?? team.OrderBy(r => r.CreatedAt).First();
            try
            {
                results[team.Key] = await TickTeamAsync(team.Key, target, settings.GetValueOrDefault(team.Key), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                results[team.Key] = WeeklyTickResult.Failed;
                LogTeamFailed(logger, ex.GetType().Name);
            }
        }

        return results;
    }

    /// <summary>When this week's card is due for a team: the schedule's first moment in the current ISO week, or null.</summary>
    public static (string Week, DateTimeOffset Due)? DueThisWeek(DateTimeOffset now, Cronos.CronExpression schedule, TimeZoneInfo zone)
    {
        var week = SchoolCalendar.IsoWeek(now, zone);
        var monday = SchoolCalendar.MondayOf(week)!.Value;
        var weekStart = new DateTimeOffset(monday.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(monday.ToDateTime(TimeOnly.MinValue)));
        var due = schedule.GetNextOccurrence(weekStart, zone, inclusive: true);
        return due is { } at && SchoolCalendar.IsoWeek(at, zone) == week ? (week, at) : null;
    }

    private async Task<WeeklyTickResult> TickTeamAsync(string teamId, ConversationReference target, TeamSettings? settings, CancellationToken cancellationToken)
    {
        if (settings?.WeeklyPaused == true)
        {
            return WeeklyTickResult.Paused;
        }

        if (settings?.UnreachableSince is not null)
        {
            return WeeklyTickResult.Unreachable;
        }

        var zone = WeeklySchedules.TryFindZone(settings?.WeeklyTimeZone, out var own) ? own : options.Value.Zone;
        var schedule = WeeklySchedules.TryParse(settings?.WeeklySchedule) ?? WeeklySchedules.TryParse(options.Value.Schedule)!;
        var now = time.GetUtcNow();
        if (DueThisWeek(now, schedule, zone) is not { } due || due.Due > now)
        {
            return WeeklyTickResult.NotDue;
        }

        var holidays = services.GetRequiredService<SchoolHolidays>();
        var region = settings?.Region ?? school.Value.Region;
        if (holidays.HolidayOn(SchoolCalendar.LocalDate(due.Due, zone), region) is not null)
        {
            return WeeklyTickResult.Holiday;
        }

        var store = services.GetRequiredService<IWeeklyStore>();
        if (await store.GetPostAsync(teamId, due.Week, cancellationToken) is { MayBeSentAgain: false })
        {
            return WeeklyTickResult.Done;
        }

        var poster = services.GetRequiredService<WeeklyPoster>();
        var result = await poster.PostAsync(new WeeklyTarget(teamId, target.ConversationId, target.ServiceUrl), due.Week, cancellationToken);
        return result.Outcome switch
        {
            WeeklyPostOutcome.Posted => WeeklyTickResult.Posted,
            WeeklyPostOutcome.AlreadyPosted or WeeklyPostOutcome.InProgress => WeeklyTickResult.AlreadyClaimed,
            _ => WeeklyTickResult.Failed,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly scheduler is off on this instance (Weekly:SchedulerEnabled)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Weekly scheduler tick failed ({Error}); trying again at the next tick")]
    private static partial void LogTickFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Weekly card for one team failed ({Error}); the other teams go on")]
    private static partial void LogTeamFailed(ILogger logger, string error);
}
