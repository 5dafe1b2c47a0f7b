using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SafetyBot.Bot.Flows.Insights;
using SafetyBot.Bot.Flows.Weekly;
using SafetyBot.Bot.Routing;
using SafetyBot.Bot.Storage;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Weekly;

/// <summary>One bot instance with a fake clock, a loopback connector and teams installed through /api/messages.</summary>
internal sealed class SchedulerHarness : IAsyncDisposable
{
    private readonly SmallKnowledgeBase content;
    private readonly bool ownsContent;

    private SchedulerHarness(BotFactory factory, HttpClient client, LoopbackConnector connector, FakeTimeProvider time, SmallKnowledgeBase content, bool ownsContent)
    {
        Factory = factory;
        Client = client;
        Connector = connector;
        Time = time;
        this.content = content;
        this.ownsContent = ownsContent;
    }

    public BotFactory Factory { get; }
    public HttpClient Client { get; }
    public LoopbackConnector Connector { get; }
    public FakeTimeProvider Time { get; }
    public WeeklyScheduler Scheduler => Factory.Services.GetRequiredService<WeeklyScheduler>();
    public IWeeklyStore Store => Factory.Services.GetRequiredService<IWeeklyStore>();
    public ITeamSettingsStore Settings => Factory.Services.GetRequiredService<ITeamSettingsStore>();

    public static async Task<SchedulerHarness> StartAsync(
        DateTimeOffset now,
        LoopbackConnector connector,
        SmallKnowledgeBase? content = null,
        Action<BotFactory>? configure = null,
        bool schedulerRuns = false)
    {
        var time = new FakeTimeProvider(now);
        var kb = content ?? new SmallKnowledgeBase(extraWeekly: 45);
        var factory = new BotFactory()
            .With("Knowledge:ContentPath", kb.Root)
            .With("Weekly:SchedulerEnabled", schedulerRuns ? "true" : "false")
            .With("Weekly:TickSeconds", "60")
            .WithServices(services => services.AddSingleton<TimeProvider>(time));
        configure?.Invoke(factory);
        var client = factory.CreateClient();
        await Task.CompletedTask;
        return new SchedulerHarness(factory, client, connector, time, kb, ownsContent: content is null);
    }

    public async Task InstallAsync(string teamId)
    {
        var install = Activities.Installation("add", teamId, "channel", teamId, expectReplies: false);
        install["serviceUrl"] = Connector.ServiceUrl;
        Assert.Equal(HttpStatusCode.OK, (await Client.PostActivityAsync(install)).StatusCode);
    }

    public Task ConfigureAsync(string teamId, Func<TeamSettings, TeamSettings> change) => Settings.UpdateAsync(teamId, change);

    /// <summary>The card POSTs the connector received for a team's General channel (its id is the team id).</summary>
    public ConnectorRequest[] PostsTo(string teamId) =>
        [.. Connector.Requests.Where(r => r.Method == "POST" && r.Path == $"/v3/conversations/{teamId}/activities")];

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        if (ownsContent)
        {
            content.Dispose();
        }
    }
}

/// <summary>
/// The weekly card on schedule (FakeTimeProvider): a school year with both daylight-saving changes
/// and the holidays, restarts mid-send, two instances on one PostgreSQL, a 429 storm, a 504, a team
/// that is gone.
/// </summary>
public sealed class WeeklySchedulerTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0) =>
        new(new DateTime(year, month, day, hour, minute, 0), Amsterdam.GetUtcOffset(new DateTime(year, month, day, hour, minute, 0)));

    private static string DilemmaOf(ConnectorRequest post) =>
        CardJson.Descendants(post.Body!).First(o => o["verb"]?.GetValue<string>() == "weekly.vote")["data"]!["dilemma"]!.GetValue<string>();

    [Fact]
    public async Task A_school_year_posts_each_team_its_card_once_a_week_at_its_own_time_across_daylight_saving_and_skips_holidays_and_pauses()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var start = new DateTimeOffset(2026, 8, 31, 0, 30, 0, TimeSpan.Zero);
        var end = new DateTimeOffset(2027, 7, 2, 0, 0, 0, TimeSpan.Zero);
        await using var bot = await SchedulerHarness.StartAsync(start, connector);
        foreach (var team in new[] { "team-noord", "team-zuid", "team-paused" })
        {
            await bot.InstallAsync(team);
        }

        await bot.ConfigureAsync("team-noord", s => s with { Region = "noord" });
        await bot.ConfigureAsync("team-zuid", s => s with { Region = "zuid", WeeklySchedule = "30 14 * * 4", Audience = "vo" });
        await bot.ConfigureAsync("team-paused", s => s with { WeeklyPaused = true });

        // Hourly ticks through the year; note when each card arrived.
        var arrivals = new List<(DateTimeOffset At, ConnectorRequest Post)>();
        while (bot.Time.GetUtcNow() < end)
        {
            var before = connector.Requests.Count;
            await bot.Scheduler.RunOnceAsync(CancellationToken.None);
            arrivals.AddRange(connector.Requests.Skip(before).Where(r => r.Method == "POST").Select(r => (bot.Time.GetUtcNow(), r)));
            bot.Time.Advance(TimeSpan.FromHours(1));
        }

        var holidays = bot.Factory.Services.GetRequiredService<SchoolHolidays>();
        foreach (var (team, region, day, hour, minute) in new[] { ("team-noord", "noord", DayOfWeek.Monday, 8, 0), ("team-zuid", "zuid", DayOfWeek.Thursday, 14, 30) })
        {
            var expected = new List<DateTimeOffset>();
            for (var monday = new DateOnly(2026, 8, 31); monday < DateOnly.FromDateTime(end.UtcDateTime); monday = monday.AddDays(7))
            {
                var date = monday.AddDays(((int)day + 6) % 7);
                var due = Local(date.Year, date.Month, date.Day, hour, minute);
                if (due < end && holidays.HolidayOn(date, region) is null)
                {
                    expected.Add(due);
                }
            }

            var got = arrivals.Where(a => a.Post.Path == $"/v3/conversations/{team}/activities").ToList();
            Assert.Equal(expected.Count, got.Count);
            foreach (var (due, (at, _)) in expected.Zip(got))
            {
                // On the team's own local time, winter and summer time alike, within the hour's tick.
                Assert.InRange(at, due, due.AddMinutes(59));
            }

            var dilemmas = got.Select(a => DilemmaOf(a.Post)).ToList();
            Assert.Equal(dilemmas.Count, dilemmas.Distinct().Count());
            Assert.True(expected.Count is > 30 and < 40, $"{team}: {expected.Count} school weeks");
        }

        Assert.DoesNotContain(arrivals, a => DilemmaOf(a.Post) == "week-po" && a.Post.Path.Contains("team-zuid", StringComparison.Ordinal));
        Assert.Empty(bot.PostsTo("team-paused"));

        // Spot checks: both daylight-saving changes and a regional holiday.
        Assert.Contains(arrivals, a => a.Post.Path.Contains("team-noord", StringComparison.Ordinal) && a.At >= Local(2026, 10, 26, 8) && a.At < Local(2026, 10, 26, 9));
        Assert.Contains(arrivals, a => a.Post.Path.Contains("team-noord", StringComparison.Ordinal) && a.At >= Local(2027, 3, 29, 8) && a.At < Local(2027, 3, 29, 9));
        Assert.DoesNotContain(arrivals, a => a.Post.Path.Contains("team-noord", StringComparison.Ordinal) && a.At.Date == new DateTime(2026, 10, 12));
        Assert.DoesNotContain(arrivals, a => a.Post.Path.Contains("team-zuid", StringComparison.Ordinal) && a.At > Local(2026, 10, 17, 0) && a.At < Local(2026, 10, 26, 0));
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_a_send_does_not_post_twice()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        using var content = new SmallKnowledgeBase(extraWeekly: 5);
        var data = Directory.CreateTempSubdirectory("safetybot-restart-").FullName;
        var monday = Local(2026, 11, 30, 8, 5);
        await using (var first = await SchedulerHarness.StartAsync(monday, connector, content, f => f.With("Storage:DataDirectory", data)))
        {
            await first.InstallAsync("team-1");
            connector.DelayNext(TimeSpan.FromSeconds(3));
            using var crash = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.Scheduler.RunOnceAsync(crash.Token));
            Assert.Single(first.PostsTo("team-1"));
        }

        await using var second = await SchedulerHarness.StartAsync(monday.AddMinutes(10), connector, content, f => f.With("Storage:DataDirectory", data));
        for (var tick = 0; tick < 5; tick++)
        {
            Assert.Equal(WeeklyTickResult.Done, (await second.Scheduler.RunOnceAsync(CancellationToken.None))["team-1"]);
            second.Time.Advance(TimeSpan.FromHours(1));
        }

        Assert.Single(second.PostsTo("team-1"));
        Assert.Equal(WeeklyPostStatus.Sending, (await second.Store.GetPostAsync("team-1", "2026-W49"))!.Status);

        // After five minutes the interrupted send shows in inzichten, marked as not resent.
        var insights = await second.Factory.Services.GetServices<IBotFlow>().OfType<InsightsFlow>().Single().ViewAsync(CancellationToken.None);
        Assert.Contains(insights.WeeklyProblems!, p => p.Contains("onderbroken", StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task Two_scheduler_instances_on_one_PostgreSQL_post_each_card_once()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var schema = await PostgresServer.CreateSchemaAsync();
        using var content = new SmallKnowledgeBase(extraWeekly: 5);
        void OnPostgres(BotFactory f) => f.With("Storage:Provider", "Postgres").With("Storage:ConnectionString", schema.ConnectionString);
        var monday = Local(2026, 11, 30, 8, 1);
        await using var a = await SchedulerHarness.StartAsync(monday, connector, content, OnPostgres);
        await using var b = await SchedulerHarness.StartAsync(monday, connector, content, OnPostgres);
        foreach (var team in new[] { "team-1", "team-2", "team-3" })
        {
            await a.InstallAsync(team);
        }

        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(a.Scheduler.RunOnceAsync(CancellationToken.None), b.Scheduler.RunOnceAsync(CancellationToken.None));
        }

        foreach (var team in new[] { "team-1", "team-2", "team-3" })
        {
            Assert.Single(a.PostsTo(team));
            Assert.Equal(WeeklyPostStatus.Sent, (await b.Store.GetPostAsync(team, "2026-W49"))!.Status);
        }
    }

    [Fact]
    public async Task A_429_storm_delays_the_card_but_never_duplicates_it_and_other_teams_go_on()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = await SchedulerHarness.StartAsync(Local(2026, 11, 30, 8, 1), connector);
        await bot.InstallAsync("team-1");
        await bot.InstallAsync("team-2");

        // Eight 429s: more than one tick's retries (four attempts) can absorb, so the first two ticks give up.
        for (var i = 0; i < 8; i++)
        {
            connector.FailNext(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1));
        }

        var outcomes = new List<IReadOnlyDictionary<string, WeeklyTickResult>>();
        for (var tick = 0; tick < 4; tick++)
        {
            var run = bot.Scheduler.RunOnceAsync(CancellationToken.None);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!run.IsCompleted && DateTime.UtcNow < deadline)
            {
                // The retries wait on the injected clock: move it on.
                bot.Time.Advance(TimeSpan.FromMilliseconds(250));
                await Task.Delay(10);
            }

            outcomes.Add(await run);
            bot.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var posts = connector.Requests.Where(r => r.Method == "POST").ToList();
        Assert.Equal(10, posts.Count);
        Assert.Equal(WeeklyPostStatus.Sent, (await bot.Store.GetPostAsync("team-1", "2026-W49"))!.Status);
        Assert.Equal(WeeklyPostStatus.Sent, (await bot.Store.GetPostAsync("team-2", "2026-W49"))!.Status);
        Assert.Equal(2, outcomes.SelectMany(o => o.Values).Count(r => r == WeeklyTickResult.Posted));
        Assert.Equal(WeeklyTickResult.Done, outcomes[^1]["team-1"]);
    }

    [Fact]
    public async Task A_504_is_recorded_and_never_resent_and_shows_in_insights()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = await SchedulerHarness.StartAsync(Local(2026, 11, 30, 8, 1), connector);
        await bot.InstallAsync("team-1");
        connector.FailNext(HttpStatusCode.GatewayTimeout);

        Assert.Equal(WeeklyTickResult.Failed, (await bot.Scheduler.RunOnceAsync(CancellationToken.None))["team-1"]);
        for (var tick = 0; tick < 24; tick++)
        {
            bot.Time.Advance(TimeSpan.FromHours(1));
            await bot.Scheduler.RunOnceAsync(CancellationToken.None);
        }

        Assert.Single(bot.PostsTo("team-1"));
        var post = (await bot.Store.GetPostAsync("team-1", "2026-W49"))!;
        Assert.Equal((WeeklyPostStatus.Ambiguous, "HTTP 504"), (post.Status, post.Failure));
        var insights = await bot.Factory.Services.GetServices<IBotFlow>().OfType<InsightsFlow>().Single().ViewAsync(CancellationToken.None);
        Assert.Contains(insights.WeeklyProblems!, p => p.Contains("HTTP 504", StringComparison.Ordinal) && p.Contains("niet opnieuw verstuurd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_team_whose_channel_is_gone_is_skipped_until_the_bot_is_added_again()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = await SchedulerHarness.StartAsync(Local(2026, 11, 30, 8, 1), connector);
        await bot.InstallAsync("team-gone");
        await bot.InstallAsync("team-ok");
        connector.FailNext(HttpStatusCode.Forbidden);

        var first = await bot.Scheduler.RunOnceAsync(CancellationToken.None);
        Assert.Equal(WeeklyTickResult.Failed, first["team-gone"]);
        Assert.Equal(WeeklyTickResult.Posted, first["team-ok"]);
        Assert.NotNull((await bot.Settings.GetAsync("team-gone"))!.UnreachableSince);
        bot.Time.Advance(TimeSpan.FromDays(7));
        Assert.Equal(WeeklyTickResult.Unreachable, (await bot.Scheduler.RunOnceAsync(CancellationToken.None))["team-gone"]);
        Assert.Single(bot.PostsTo("team-gone"));

        await bot.InstallAsync("team-gone");
        Assert.Equal(WeeklyTickResult.Posted, (await bot.Scheduler.RunOnceAsync(CancellationToken.None))["team-gone"]);
        Assert.Equal(2, bot.PostsTo("team-gone").Length);
    }

    [Fact]
    public async Task The_hosted_scheduler_posts_by_itself_when_the_clock_reaches_the_teams_time()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = await SchedulerHarness.StartAsync(Local(2026, 11, 30, 7, 55), connector, schedulerRuns: true);
        await bot.InstallAsync("team-1");
        Assert.Empty(bot.PostsTo("team-1"));

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (bot.PostsTo("team-1").Length == 0 && DateTime.UtcNow < deadline)
        {
            bot.Time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(50);
        }

        Assert.Single(bot.PostsTo("team-1"));
        Assert.True(bot.Time.GetUtcNow() >= Local(2026, 11, 30, 8), "not before the team's time");
    }

    [Fact]
    public void The_due_moment_follows_the_local_clock_across_daylight_saving()
    {
        var monday8 = Cronos.CronExpression.Parse("0 8 * * 1");
        Assert.Equal(Local(2026, 10, 26, 8), WeeklyScheduler.DueThisWeek(Local(2026, 10, 28, 12), monday8, Amsterdam)!.Value.Due);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 7, 0, 0, TimeSpan.Zero), WeeklyScheduler.DueThisWeek(Local(2026, 10, 28, 12), monday8, Amsterdam)!.Value.Due);
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 6, 0, 0, TimeSpan.Zero), WeeklyScheduler.DueThisWeek(Local(2027, 3, 30, 12), monday8, Amsterdam)!.Value.Due);
        Assert.Equal("2027-W13", WeeklyScheduler.DueThisWeek(Local(2027, 3, 30, 12), monday8, Amsterdam)!.Value.Week);

        // 02:30 on the Sunday the clocks go forward does not exist; Cronos moves it on, still in that week.
        var sunday230 = Cronos.CronExpression.Parse("30 2 * * 0");
        Assert.Equal("2027-W12", WeeklyScheduler.DueThisWeek(Local(2027, 3, 28, 12), sunday230, Amsterdam)!.Value.Week);
    }
}
