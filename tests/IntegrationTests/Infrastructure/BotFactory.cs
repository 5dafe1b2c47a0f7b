using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace SafetyBot.IntegrationTests.Infrastructure;

/// <summary>The bot in-process, with settings and extra services per test class.</summary>
public sealed class BotFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings = new();

    /// <summary>Each factory gets its own SQLite directory, so tests never share or leave state behind.</summary>
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("safetybot-test-").FullName;

    /// <summary>
    /// Test hosts run outside Development, so an unauthenticated test bot says so explicitly (a secured one
    /// sets <c>MicrosoftAppId</c>); the loopback Connector is an allowed serviceUrl host.
    /// </summary>
    public BotFactory()
    {
        settings["Storage:DataDirectory"] = DataDirectory;
        settings["Auth:AllowUnauthenticated"] = "true";
        settings["Auth:AllowedServiceUrlHosts"] = LoopbackServiceUrlHosts;
    }

    /// <summary>Where the test Connectors listen.</summary>
    public const string LoopbackServiceUrlHosts = "127.0.0.1,localhost";

    private readonly List<Action<IServiceCollection>> serviceChanges = [];

    public BotFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    /// <summary>The host environment (default <c>Testing</c>, which is not Development).</summary>
    public BotFactory InEnvironment(string environment)
    {
        this.environment = environment;
        return this;
    }

    private string environment = "Testing";

    public BotFactory WithServices(Action<IServiceCollection> change)
    {
        serviceChanges.Add(change);
        return this;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            // A store-down test may have put a plain file in the data folder's place.
            if (File.Exists(DataDirectory))
            {
                File.Delete(DataDirectory);
            }
            else
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still open by a test that failed; the temp directory is cleaned by the OS.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            foreach (var change in serviceChanges)
            {
                change(services);
            }
        });
    }
}

/// <summary>Builds activities the way Teams sends them.</summary>
public static class Activities
{
    public static JsonObject Message(string text, string? serviceUrl = null, bool expectReplies = false, string conversationType = "personal", string conversationId = "a:personal-conv-1", string userId = "29:user-1")
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "incoming-" + Guid.NewGuid().ToString("N")[..8],
            ["timestamp"] = "2026-11-25T08:00:00Z",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl ?? "https://smba.trafficmanager.net/emea/",
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Docent", ["aadObjectId"] = "00000000-0000-0000-0000-00000000000" + userId[^1] },
            ["recipient"] = new JsonObject { ["id"] = "28:safetybot", ["name"] = "SafetyBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = "tenant-1" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
            ["text"] = text,
            ["locale"] = "nl-NL",
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    public static JsonObject BotAdded(string? serviceUrl = null, string conversationType = "personal", bool expectReplies = false)
    {
        var activity = Message(string.Empty, serviceUrl, expectReplies, conversationType);
        activity.Remove("text");
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:safetybot" });
        return activity;
    }

    public static JsonObject CardAction(string verb, JsonObject? data = null, string? serviceUrl = null)
    {
        var activity = Message(string.Empty, serviceUrl);
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? new JsonObject() },
            ["trigger"] = "manual",
        };
        return activity;
    }

    /// <summary>An installationUpdate as Teams sends it when the app is added to or removed from a chat or team.</summary>
    public static JsonObject Installation(string action, string conversationId, string conversationType = "personal", string? teamId = null, string userId = "29:user-1", bool expectReplies = true)
    {
        var activity = Message(string.Empty, expectReplies: expectReplies, conversationType: conversationType, conversationId: conversationId, userId: userId);
        activity.Remove("text");
        activity["type"] = "installationUpdate";
        activity["action"] = action;
        if (teamId is not null)
        {
            activity["channelData"]!["team"] = new JsonObject { ["id"] = teamId };
            activity["channelData"]!["channel"] = new JsonObject { ["id"] = conversationId };
        }

        return activity;
    }

    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, JsonNode activity) =>
        client.PostAsJsonAsync("/api/messages", activity);

    /// <summary>The activities of an expectReplies response.</summary>
    public static async Task<JsonArray> RepliesAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body?["activities"]?.AsArray() ?? [];
    }
}
