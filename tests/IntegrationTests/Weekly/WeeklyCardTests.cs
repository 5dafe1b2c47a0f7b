using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Bot.Flows.Weekly;
using SafetyBot.Bot.Storage;
using SafetyBot.IntegrationTests.Infrastructure;

namespace SafetyBot.IntegrationTests.Weekly;

/// <summary>
/// The weekly discussion card through <c>/api/messages</c> with a loopback connector: install in a
/// team, <c>@SafetyBot weekkaart</c>, anonymous votes (exact with 50 at once, in a few PUTs), reveal,
/// the settings card, uninstall; and that versions of the shared card do not link votes to voters
/// (voter ids by id, reveal from 5 voters, shared counts in steps of 3; docs/privacy.md, "Weekly votes").
/// </summary>
public sealed class WeeklyCardTests : IAsyncLifetime
{
    private const string TeamId = "19:team-1@thread.tacv2";
    private const string Channel = "19:general-1@thread.tacv2";
    private readonly SmallKnowledgeBase content = new();
    private LoopbackConnector connector = null!;
    private BotFactory factory = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        connector = await LoopbackConnector.StartAsync();
        factory = new BotFactory()
            .With("Knowledge:ContentPath", content.Root)
            .With("Weekly:TallyUpdateSeconds", "1")
            .With("RateLimit:PerUserPerMinute", "1000");
        client = factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await connector.DisposeAsync();
        content.Dispose();
    }

    private JsonObject InChannel(JsonObject activity, string user = "29:user-1", string? aad = null)
    {
        activity["serviceUrl"] = connector.ServiceUrl;
        activity["conversation"] = new JsonObject { ["id"] = $"{Channel};messageid=1700000000000", ["conversationType"] = "channel", ["tenantId"] = "tenant-1" };
        activity["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
            ["team"] = new JsonObject { ["id"] = TeamId },
            ["channel"] = new JsonObject { ["id"] = Channel },
        };
        activity["from"] = new JsonObject { ["id"] = user, ["name"] = "Collega", ["aadObjectId"] = aad ?? "aad-" + user[3..] };
        return activity;
    }

    private async Task<string> MentionAsync(string command)
    {
        var message = InChannel(Activities.Message($"<at>SafetyBot</at> {command}", expectReplies: true));
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>SafetyBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = "28:safetybot", ["name"] = "SafetyBot" },
        });
        var replies = await (await client.PostActivityAsync(message)).RepliesAsync();
        return replies.Count == 0 ? string.Empty : replies[0]!["text"]?.GetValue<string>() ?? CardJson.Text(replies[0]!["attachments"]![0]!["content"]!);
    }

    private async Task<JsonObject> InvokeAsync(string verb, JsonObject data, string user = "29:user-1", string? aad = null)
    {
        var response = await client.PostActivityAsync(InChannel(Activities.CardAction(verb, data.DeepClone().AsObject()), user, aad));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private async Task InstallAsync()
    {
        var install = InChannel(Activities.Installation("add", Channel, "channel", TeamId));
        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(install)).StatusCode);
    }

    private string Week => factory.Services.GetServices<Bot.Routing.IBotFlow>().OfType<WeeklyFlow>().Single().CurrentWeek();

    private ConnectorRequest[] Puts() => [.. connector.Requests.Where(r => r.Method == "PUT")];

    [Fact]
    public async Task A_vote_cast_while_the_card_is_still_being_recorded_as_sent_still_reaches_the_shared_card()
    {
        await InstallAsync();

        // The channel takes two seconds to acknowledge the card; a colleague votes as soon as it shows.
        connector.DelayNext(TimeSpan.FromSeconds(2));
        var posting = MentionAsync("weekkaart");
        var post = Assert.Single(await connector.WaitForAsync(1), r => r.Method == "POST");
        var card = post.Body!["attachments"]![0]!["content"]!.AsObject();
        var vote = CardJson.Descendants(card).Single(o => o["verb"]?.GetValue<string>() == "weekly.vote")["data"]!.DeepClone().AsObject();
        vote["option"] = "1";
        Assert.Contains("Je stemde", CardJson.Text(CardJson.InvokeCard(await InvokeAsync("weekly.vote", vote))), StringComparison.Ordinal);
        Assert.Contains("staat in het kanaal", await posting, StringComparison.Ordinal);

        await factory.Services.GetRequiredService<WeeklyTallyUpdater>().DrainAsync(CancellationToken.None);

        var shared = Assert.Single(Puts()).Body!["attachments"]![0]!["content"]!.AsObject();
        Assert.Contains("1 collega heeft gestemd.", CardJson.Text(shared), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_post_vote_reveal_and_uninstall_run_through_the_channel_with_an_exact_tally_and_few_updates()
    {
        await InstallAsync();
        var settingsStore = factory.Services.GetRequiredService<ITeamSettingsStore>();
        Assert.NotNull(await settingsStore.GetAsync(TeamId));

        // The card is a new post in the channel; a second request in the same week posts nothing.
        Assert.Contains("staat in het kanaal", await MentionAsync("weekkaart"), StringComparison.Ordinal);
        var post = Assert.Single(connector.Requests, r => r.Method == "POST");
        Assert.Equal($"/v3/conversations/{Channel}/activities", post.Path);
        var card = post.Body!["attachments"]![0]!["content"]!.AsObject();
        Assert.Contains("Nog niemand heeft gestemd.", CardJson.Text(card), StringComparison.Ordinal);
        var voteAction = CardJson.Descendants(card).Single(o => o["verb"]?.GetValue<string>() == "weekly.vote");
        var data = voteAction["data"]!.AsObject();
        Assert.Equal(Week, data["week"]!.GetValue<string>());
        Assert.Contains("staat al in het kanaal", await MentionAsync("weekkaart"), StringComparison.Ordinal);
        Assert.Single(connector.Requests, r => r.Method == "POST");

        // Fifty colleagues vote at once; each sees their own choice, the shared card only the count.
        var options = CardJson.Descendants(card).Single(o => o["id"]?.GetValue<string>() == "option")["choices"]!.AsArray()
            .Select(c => c!["title"]!.GetValue<string>()).ToArray();
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
        {
            var vote = data.DeepClone().AsObject();
            vote["option"] = ((i % 3) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return InvokeAsync("weekly.vote", vote, user: $"29:voter-{i}");
        }));
        for (var i = 0; i < 50; i++)
        {
            Assert.Contains($"Je stemde: {options[i % 3]}", CardJson.Text(CardJson.InvokeCard(responses[i])), StringComparison.Ordinal);
        }

        var updater = factory.Services.GetRequiredService<WeeklyTallyUpdater>();
        await updater.DrainAsync(CancellationToken.None);
        var puts = Puts();
        Assert.InRange(puts.Length, 1, 3);
        var shared = puts[^1].Body!["attachments"]![0]!["content"]!.AsObject();
        var sharedText = CardJson.Text(shared);
        Assert.Contains("50 collega's hebben gestemd.", sharedText, StringComparison.Ordinal);
        Assert.DoesNotContain("Je stemde", sharedText, StringComparison.Ordinal);
        Assert.DoesNotContain("Uitslag", sharedText, StringComparison.Ordinal);
        Assert.Equal(50, shared["refresh"]!["userIds"]!.AsArray().Count);
        Assert.EndsWith("/activities/activity-1", puts[^1].Path, StringComparison.Ordinal);
        var tally = await factory.Services.GetRequiredService<IWeeklyStore>().TallyAsync(TeamId, Week, 3, 60);
        Assert.Equal([17, 17, 16], tally.Counts);

        // Changing a vote moves it, never adds one; refresh gives the voter their own view back.
        var change = data.DeepClone().AsObject();
        change["option"] = "3";
        Assert.Contains($"Je stemde: {options[2]}", CardJson.Text(CardJson.InvokeCard(await InvokeAsync("weekly.vote", change, user: "29:voter-0"))), StringComparison.Ordinal);
        Assert.Contains($"Je stemde: {options[1]}", CardJson.Text(CardJson.InvokeCard(await InvokeAsync("weekly.refresh", data, user: "29:voter-1"))), StringComparison.Ordinal);

        // Reveal: everyone's card gets the counts (never names) with a PUT.
        var revealed = CardJson.Text(CardJson.InvokeCard(await InvokeAsync("weekly.reveal", data, user: "29:voter-7")));
        Assert.Contains("Uitslag", revealed, StringComparison.Ordinal);
        await updater.DrainAsync(CancellationToken.None);
        var afterReveal = CardJson.Text(Puts()[^1].Body!["attachments"]![0]!["content"]!);
        Assert.Contains($"**16 stemmen** · {options[0]}", afterReveal, StringComparison.Ordinal);
        Assert.Contains($"**17 stemmen** · {options[1]}", afterReveal, StringComparison.Ordinal);
        Assert.Contains($"**17 stemmen** · {options[2]}", afterReveal, StringComparison.Ordinal);
        Assert.DoesNotContain("Collega", afterReveal, StringComparison.Ordinal);
        Assert.DoesNotContain("voter", afterReveal, StringComparison.Ordinal);

        // Uninstall: the team's settings go, and nothing more is posted.
        var remove = InChannel(Activities.Installation("remove", Channel, "channel", TeamId));
        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(remove)).StatusCode);
        Assert.Null(await settingsStore.GetAsync(TeamId));
    }

    [Fact]
    public async Task A_requested_post_and_a_reveal_are_each_recorded_once_in_the_audit_log_with_who_team_and_week()
    {
        await InstallAsync();
        Assert.Contains("staat in het kanaal", await MentionAsync("weekkaart"), StringComparison.Ordinal);
        Assert.Contains("staat al in het kanaal", await MentionAsync("weekkaart"), StringComparison.Ordinal);
        var data = new JsonObject { ["week"] = Week, ["dilemma"] = DilemmaOfPost() };
        var early = data.DeepClone().AsObject();
        Assert.Contains("vanaf 5 stemmen", CardJson.Text(CardJson.InvokeCard(await InvokeAsync("weekly.reveal", early, user: "29:voter-0"))), StringComparison.Ordinal);
        for (var i = 0; i < 5; i++)
        {
            var vote = data.DeepClone().AsObject();
            vote["option"] = "1";
            await InvokeAsync("weekly.vote", vote, user: $"29:voter-{i}");
        }

        await InvokeAsync("weekly.reveal", data, user: "29:voter-3");
        await InvokeAsync("weekly.reveal", data, user: "29:voter-4");

        var entries = (await factory.Services.GetRequiredService<IAuditLog>().LatestAsync(10)).Where(e => e.Action.StartsWith("weekly.", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [(AuditActions.WeeklyRevealed, "aad-voter-3"), (AuditActions.WeeklyPosted, "aad-user-1")],
            entries.Select(e => (e.Action, e.ActorKey)));
        Assert.All(entries, e => Assert.Equal((TeamId, Week, "tenant-1"), (e.Target, e.Detail, e.TenantId)));
    }

    [Fact]
    public async Task Votes_without_an_option_for_an_unknown_card_or_outside_a_team_get_a_clear_answer_and_change_nothing()
    {
        await InstallAsync();
        await MentionAsync("weekkaart");
        var data = new JsonObject { ["week"] = Week, ["dilemma"] = connector.Requests.Count > 0 ? DilemmaOfPost() : "x" };

        var noOption = CardJson.Text(CardJson.InvokeCard(await InvokeAsync("weekly.vote", data)));
        Assert.Contains("Kies eerst een antwoord", noOption, StringComparison.Ordinal);

        var outOfRange = data.DeepClone().AsObject();
        outOfRange["option"] = "9";
        Assert.Contains("Kies eerst een antwoord", CardJson.Text(CardJson.InvokeCard(await InvokeAsync("weekly.vote", outOfRange))), StringComparison.Ordinal);

        var unknown = new JsonObject { ["week"] = "2020-W01", ["dilemma"] = "week-een", ["option"] = "1" };
        var answer = await InvokeAsync("weekly.vote", unknown);
        Assert.Equal(400, answer["statusCode"]!.GetValue<int>());
        Assert.Contains("ken ik niet", answer.ToJsonString(), StringComparison.Ordinal);

        var garbage = await InvokeAsync("weekly.vote", new JsonObject { ["week"] = 5, ["option"] = new JsonArray() });
        Assert.Equal(400, garbage["statusCode"]!.GetValue<int>());

        var tally = await factory.Services.GetRequiredService<IWeeklyStore>().TallyAsync(TeamId, Week, 3, 60);
        Assert.Equal(0, tally.Voters);

        // In a 1:1 chat the command explains where the card lives.
        var personal = await (await client.PostActivityAsync(Activities.Message("weekkaart", connector.ServiceUrl, expectReplies: true))).RepliesAsync();
        Assert.Contains("teamkanaal", personal[0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>Posts this week's card and returns the data its buttons carry (week and dilemma).</summary>
    private async Task<JsonObject> PostCardAsync()
    {
        await InstallAsync();
        Assert.Contains("staat in het kanaal", await MentionAsync("weekkaart"), StringComparison.Ordinal);
        var card = connector.Requests.Single(r => r.Method == "POST").Body!;
        return CardJson.Descendants(card).Single(o => o["verb"]?.GetValue<string>() == "weekly.vote")["data"]!.DeepClone().AsObject();
    }

    private async Task<JsonObject> VoteAsync(JsonObject data, string user, int option)
    {
        var vote = data.DeepClone().AsObject();
        vote["option"] = option.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return CardJson.InvokeCard(await InvokeAsync("weekly.vote", vote, user));
    }

    private static string[] RefreshIds(JsonNode card) => [.. card["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>())];

    private static JsonObject CardOf(ConnectorRequest put) => put.Body!["attachments"]![0]!["content"]!.AsObject();

    private WeeklyTallyUpdater Updater => factory.Services.GetRequiredService<WeeklyTallyUpdater>();

    [Fact]
    public async Task The_shared_cards_voter_ids_are_ordered_by_id_whatever_the_order_of_the_votes()
    {
        var data = await PostCardAsync();

        // Neither the order of the votes nor its reverse is the order of the ids.
        string[] votedInOrder = ["29:voter-c", "29:voter-a", "29:voter-d", "29:voter-b"];
        foreach (var user in votedInOrder)
        {
            var own = await VoteAsync(data, user, 1);

            // A voter's own view names only them for its refresh: never the live list of voters.
            Assert.Equal([user], RefreshIds(own));
            await Updater.DrainAsync(CancellationToken.None);
        }

        Assert.Equal(["29:voter-a", "29:voter-b", "29:voter-c", "29:voter-d"], RefreshIds(CardOf(Puts()[^1])));

        // After each PUT the list is in id order, so comparing two versions shows who is new, not who was last.
        foreach (var put in Puts())
        {
            var ids = RefreshIds(CardOf(put));
            Assert.Equal([.. ids.Order(StringComparer.Ordinal)], ids);
        }
    }

    [Fact]
    public async Task Reveal_is_refused_in_Dutch_with_four_voters_and_works_with_five()
    {
        var data = await PostCardAsync();
        for (var i = 0; i < 4; i++)
        {
            await VoteAsync(data, $"29:voter-{i}", (i % 2) + 1);
        }

        await Updater.DrainAsync(CancellationToken.None);
        Assert.Contains("De uitslag is te zien vanaf 5 stemmen.", CardJson.Text(CardOf(Puts()[^1])), StringComparison.Ordinal);

        var refused = CardJson.Text(CardJson.InvokeCard(await InvokeAsync("weekly.reveal", data, user: "29:voter-0")));
        Assert.Contains("De uitslag is te zien vanaf 5 stemmen", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("Uitslag", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("stemmen** ·", refused, StringComparison.Ordinal);
        var store = factory.Services.GetRequiredService<IWeeklyStore>();
        Assert.False((await store.GetPostAsync(TeamId, Week))!.Revealed);
        await Updater.DrainAsync(CancellationToken.None);
        Assert.DoesNotContain("Uitslag", CardJson.Text(CardOf(Puts()[^1])), StringComparison.Ordinal);

        await VoteAsync(data, "29:voter-4", 1);
        await Updater.DrainAsync(CancellationToken.None);
        Assert.DoesNotContain("vanaf 5 stemmen", CardJson.Text(CardOf(Puts()[^1])), StringComparison.Ordinal);

        var revealed = CardJson.Text(CardJson.InvokeCard(await InvokeAsync("weekly.reveal", data, user: "29:voter-0")));
        Assert.Contains("Uitslag", revealed, StringComparison.Ordinal);
        Assert.True((await store.GetPostAsync(TeamId, Week))!.Revealed);
        await Updater.DrainAsync(CancellationToken.None);
        Assert.Contains("Uitslag", CardJson.Text(CardOf(Puts()[^1])), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_reveal_the_shared_counts_move_only_in_steps_of_three_new_voters_while_a_voters_own_view_is_live()
    {
        var data = await PostCardAsync();
        var options = CardJson.Descendants(connector.Requests.Single(r => r.Method == "POST").Body!)
            .Single(o => o["id"]?.GetValue<string>() == "option")["choices"]!.AsArray()
            .Select(c => c!["title"]!.GetValue<string>()).ToArray();
        for (var i = 0; i < 5; i++)
        {
            await VoteAsync(data, $"29:voter-{i}", i < 3 ? 1 : 2);
        }

        await InvokeAsync("weekly.reveal", data, user: "29:voter-0");
        await Updater.DrainAsync(CancellationToken.None);
        var atReveal = Puts().Length;
        var shared = CardJson.Text(CardOf(Puts()[^1]));
        Assert.Contains($"**3 stemmen** · {options[0]}", shared, StringComparison.Ordinal);
        Assert.Contains($"**2 stemmen** · {options[1]}", shared, StringComparison.Ordinal);
        Assert.Contains("5 collega's hebben gestemd.", shared, StringComparison.Ordinal);

        // A sixth and a seventh voter, and a changed vote: each sees the live counts, the shared card stays.
        var sixth = CardJson.Text(await VoteAsync(data, "29:voter-5", 3));
        Assert.Contains($"**1 stem** · {options[2]}", sixth, StringComparison.Ordinal);
        Assert.Contains("6 collega's hebben gestemd.", sixth, StringComparison.Ordinal);
        await Updater.DrainAsync(CancellationToken.None);
        Assert.Equal(atReveal, Puts().Length);

        await VoteAsync(data, "29:voter-6", 3);
        await VoteAsync(data, "29:voter-1", 2);
        await Updater.DrainAsync(CancellationToken.None);
        Assert.Equal(atReveal, Puts().Length);

        // Another voter's own view (their refresh) is live as well.
        var ownView = CardJson.Text(CardJson.InvokeCard(await InvokeAsync("weekly.refresh", data, user: "29:voter-0")));
        Assert.Contains($"**2 stemmen** · {options[0]}", ownView, StringComparison.Ordinal);
        Assert.Contains($"**3 stemmen** · {options[1]}", ownView, StringComparison.Ordinal);
        Assert.Contains($"**2 stemmen** · {options[2]}", ownView, StringComparison.Ordinal);
        Assert.Contains("7 collega's hebben gestemd.", ownView, StringComparison.Ordinal);

        // The third new voter makes a step: the shared card moves once, to the counts of all eight.
        await VoteAsync(data, "29:voter-7", 1);
        await Updater.DrainAsync(CancellationToken.None);
        Assert.Equal(atReveal + 1, Puts().Length);
        var stepped = CardJson.Text(CardOf(Puts()[^1]));
        Assert.Contains($"**3 stemmen** · {options[0]}", stepped, StringComparison.Ordinal);
        Assert.Contains($"**3 stemmen** · {options[1]}", stepped, StringComparison.Ordinal);
        Assert.Contains($"**2 stemmen** · {options[2]}", stepped, StringComparison.Ordinal);
        Assert.Contains("8 collega's hebben gestemd.", stepped, StringComparison.Ordinal);
        Assert.Equal(8, (await factory.Services.GetRequiredService<IWeeklyStore>().GetPostAsync(TeamId, Week))!.ShownVoters);

        // A changed vote alone never makes a step, however often (a voter cannot force one).
        for (var i = 0; i < 4; i++)
        {
            await VoteAsync(data, "29:voter-0", (i % 3) + 1);
            await Updater.DrainAsync(CancellationToken.None);
        }

        Assert.Equal(atReveal + 1, Puts().Length);
    }

    [Fact]
    public async Task The_tally_updater_drops_a_cards_entry_once_its_update_is_sent()
    {
        var data = await PostCardAsync();
        await VoteAsync(data, "29:voter-0", 1);
        await VoteAsync(data, "29:voter-1", 2);
        await Updater.DrainAsync(CancellationToken.None);
        Assert.NotEmpty(Puts());

        // The entry keeps the one-PUT-per-interval pace (1 s here), then goes.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Updater.TrackedCards > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, Updater.TrackedCards);

        // A later vote still updates the card.
        var before = Puts().Length;
        await VoteAsync(data, "29:voter-2", 1);
        await Updater.DrainAsync(CancellationToken.None);
        Assert.Equal(before + 1, Puts().Length);
        Assert.Contains("3 collega's hebben gestemd.", CardJson.Text(CardOf(Puts()[^1])), StringComparison.Ordinal);
    }

    private string DilemmaOfPost() =>
        CardJson.Descendants(connector.Requests.First(r => r.Method == "POST").Body!)
            .First(o => o["verb"]?.GetValue<string>() == "weekly.vote")["data"]!["dilemma"]!.GetValue<string>();

    [Fact]
    public async Task The_settings_card_saves_day_time_region_audience_and_pause_and_rejects_bad_values_in_Dutch()
    {
        await InstallAsync();
        var cardText = await MentionAsync("instellingen");
        Assert.Contains("Instellingen van de weekkaart", cardText, StringComparison.Ordinal);

        var saved = await InvokeAsync("settings.save", new JsonObject { ["day"] = "3", ["time"] = "09:30", ["region"] = "zuid", ["audience"] = "po", ["paused"] = "true" });
        Assert.Contains("Opgeslagen.", CardJson.Text(CardJson.InvokeCard(saved)), StringComparison.Ordinal);
        var settings = (await factory.Services.GetRequiredService<ITeamSettingsStore>().GetAsync(TeamId))!;
        Assert.Equal(("30 9 * * 3", "zuid", "po", true), (settings.WeeklySchedule, settings.Region, settings.Audience, settings.WeeklyPaused));

        foreach (var (field, value, reason) in new[] { ("day", "6", "maandag tot en met vrijdag"), ("time", "25:00", "Kies een tijd"), ("time", "03:00", "tussen 06:00"), ("region", "oost", "noord, midden of zuid"), ("audience", "hbo", "po, vo of mbo") })
        {
            var bad = new JsonObject { ["day"] = "1", ["time"] = "08:00", ["region"] = "", ["audience"] = "", ["paused"] = "false" };
            bad[field] = value;
            Assert.Contains(reason, CardJson.Text(CardJson.InvokeCard(await InvokeAsync("settings.save", bad))), StringComparison.Ordinal);
        }

        Assert.Equal(settings, await factory.Services.GetRequiredService<ITeamSettingsStore>().GetAsync(TeamId));
    }
}

/// <summary>With <c>School:Admins</c> set, only they change a team's settings (docs/design.md, "Audience and rights").</summary>
public sealed class TeamSettingsRightsTests : IAsyncLifetime
{
    private BotFactory factory = null!;
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        factory = new BotFactory().With("School:Admins", "aad-admin");
        client = factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    private async Task<JsonObject> SaveAsync(string aad)
    {
        var action = Activities.CardAction("settings.save", new JsonObject { ["day"] = "2", ["time"] = "10:00", ["region"] = "", ["audience"] = "", ["paused"] = "false" });
        action["conversation"] = new JsonObject { ["id"] = "19:general@thread.tacv2", ["conversationType"] = "channel" };
        action["channelData"] = new JsonObject { ["team"] = new JsonObject { ["id"] = "team-r" } };
        action["from"]!["aadObjectId"] = aad;
        var response = await client.PostActivityAsync(action);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    [Fact]
    public async Task A_colleague_who_is_not_an_admin_sees_the_settings_but_cannot_change_them()
    {
        var refused = CardJson.Text(CardJson.InvokeCard(await SaveAsync("aad-colleague")));
        Assert.Contains("Alleen de beheerders", refused, StringComparison.Ordinal);
        Assert.Null(await factory.Services.GetRequiredService<ITeamSettingsStore>().GetAsync("team-r"));

        Assert.Contains("Opgeslagen.", CardJson.Text(CardJson.InvokeCard(await SaveAsync("aad-admin"))), StringComparison.Ordinal);
        Assert.Equal("0 10 * * 2", (await factory.Services.GetRequiredService<ITeamSettingsStore>().GetAsync("team-r"))!.WeeklySchedule);
    }
}
