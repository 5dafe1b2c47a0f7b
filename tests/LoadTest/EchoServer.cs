using System.Text.Json;

namespace SafetyBot.LoadTest;

/// <summary>
/// The baseline: a bare ASP.NET Core app with the same host and JSON stack as the bot, whose
/// <c>POST /api/messages</c> parses the activity and answers an expectReplies-shaped body with one
/// small Adaptive Card echoing the text. What it costs is what Kestrel, JSON and HTTP cost.
/// </summary>
public static class EchoServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var index = Array.IndexOf(args, "--port");
        if (index < 0 || index + 1 >= args.Length || !int.TryParse(args[index + 1], out var port))
        {
            await Console.Error.WriteLineAsync("echo needs --port <n>");
            return 2;
        }

        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");

        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpContext http) =>
        {
            using var activity = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
            var text = activity.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : string.Empty;
            return Results.Json(new
            {
                activities = new[]
                {
                    new
                    {
                        type = "message",
                        summary = "echo",
                        locale = "nl-NL",
                        attachments = new[]
                        {
                            new
                            {
                                contentType = "application/vnd.microsoft.card.adaptive",
                                content = new { type = "AdaptiveCard", version = "1.5", body = new[] { new { type = "TextBlock", text, wrap = true } } },
                            },
                        },
                    },
                },
            });
        });
        await app.RunAsync();
        return 0;
    }
}
