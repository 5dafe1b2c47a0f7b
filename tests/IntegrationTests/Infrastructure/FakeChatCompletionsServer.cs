using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SafetyBot.IntegrationTests.Infrastructure;

/// <summary>A request the fake model endpoint received: the raw body is kept to assert what was (not) sent.</summary>
public sealed record ChatRequest(string Path, string Query, string? ApiKey, string? Authorization, string RawBody)
{
    public JsonNode? Body => JsonNode.Parse(RawBody);

    public bool Streamed => Body?["stream"]?.GetValue<bool>() == true;

    /// <summary>The messages' text, unescaped (the raw JSON escapes characters such as ›).</summary>
    public string MessageText => string.Join("\n", Body?["messages"]?.AsArray().Select(m => Text(m?["content"])) ?? []);

    /// <summary>Content is a string, or an array of parts with text.</summary>
    private static string Text(JsonNode? content) => content switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())),
        _ => string.Empty,
    };
}

/// <summary>How the fake answers the next request.</summary>
public sealed record ChatReply(string Content, int Status = 200, TimeSpan Delay = default, string FinishReason = "stop");

/// <summary>
/// An Azure OpenAI / OpenAI-compatible endpoint at the edge of the machine: a Kestrel server on
/// 127.0.0.1 that speaks the chat-completions wire format (JSON, or server-sent events when the
/// request says <c>"stream": true</c>) on the Azure deployment path and on <c>/v1</c>, records each
/// request body, and answers as the test scripts it.
/// </summary>
public sealed class FakeChatCompletionsServer : IAsyncDisposable
{
    public const string Deployment = "gpt-test";
    public const string ApiKey = "test-key-123";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<ChatRequest> requests = new();
    private readonly ConcurrentQueue<ChatReply> scripted = new();

    private FakeChatCompletionsServer(WebApplication app) => this.app = app;

    /// <summary>e.g. <c>http://127.0.0.1:41234/</c>: the Azure endpoint.</summary>
    public string Endpoint { get; private set; } = string.Empty;

    /// <summary>The OpenAI-compatible base URL, <c>…/v1</c>.</summary>
    public string V1BaseUrl => Endpoint.TrimEnd('/') + "/v1";

    /// <summary>Answered when nothing is scripted.</summary>
    public ChatReply DefaultReply { get; set; } = new("Bespreek het met de klas [1].");

    public IReadOnlyList<ChatRequest> Requests => [.. requests];

    public static async Task<FakeChatCompletionsServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeChatCompletionsServer(app);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", (HttpContext context, string deployment) =>
            deployment == Deployment ? server.HandleAsync(context) : NotFound(context));
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        server.Endpoint = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return server;
    }

    /// <summary>The next requests are answered with these replies, in order; then <see cref="DefaultReply"/>.</summary>
    public void Script(params ChatReply[] replies)
    {
        foreach (var reply in replies)
        {
            scripted.Enqueue(reply);
        }
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = 404;
        return context.Response.WriteAsync("""{"error":{"code":"DeploymentNotFound","message":"no such deployment"}}""");
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var raw = await reader.ReadToEndAsync();
        var request = new ChatRequest(
            context.Request.Path.Value ?? string.Empty,
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers["api-key"].FirstOrDefault(),
            context.Request.Headers.Authorization.FirstOrDefault(),
            raw);
        requests.Enqueue(request);

        var reply = scripted.TryDequeue(out var next) ? next : DefaultReply;
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (reply.Status != 200)
        {
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"error":{"code":"server_error","message":"scripted failure"}}""");
            return;
        }

        var model = request.Body?["model"]?.GetValue<string>() ?? Deployment;
        if (request.Streamed)
        {
            await StreamAsync(context, reply, model);
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JsonObject
        {
            ["id"] = "chatcmpl-test",
            ["object"] = "chat.completion",
            ["created"] = 1764057600,
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Content },
                ["finish_reason"] = reply.FinishReason,
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 20, ["total_tokens"] = 120 },
        }.ToJsonString());
    }

    /// <summary>Server-sent events: the content in a few chunks, a last chunk with the finish reason, then [DONE].</summary>
    private static async Task StreamAsync(HttpContext context, ChatReply reply, string model)
    {
        context.Response.ContentType = "text/event-stream";
        JsonObject Chunk(JsonObject delta, string? finish) => new()
        {
            ["id"] = "chatcmpl-test",
            ["object"] = "chat.completion.chunk",
            ["created"] = 1764057600,
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish }),
        };

        async Task SendAsync(JsonNode chunk)
        {
            await context.Response.WriteAsync("data: " + chunk.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) + "\n\n");
            await context.Response.Body.FlushAsync();
        }

        await SendAsync(Chunk(new JsonObject { ["role"] = "assistant", ["content"] = string.Empty }, null));
        foreach (var piece in Pieces(reply.Content, 3))
        {
            await SendAsync(Chunk(new JsonObject { ["content"] = piece }, null));
        }

        await SendAsync(Chunk(new JsonObject(), reply.FinishReason));
        await context.Response.WriteAsync("data: [DONE]\n\n");
    }

    private static IEnumerable<string> Pieces(string text, int count)
    {
        var size = Math.Max(1, (text.Length + count - 1) / count);
        for (var i = 0; i < text.Length; i += size)
        {
            yield return text.Substring(i, Math.Min(size, text.Length - i));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
