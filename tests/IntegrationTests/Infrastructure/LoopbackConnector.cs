using System.Collections.Concurrent;
using System.Net;
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

/// <summary>A request the fake connector received.</summary>
public sealed record ConnectorRequest(string Method, string Path, string? Authorization, JsonNode? Body);

/// <summary>
/// The Bot Framework Connector at the edge of the machine: a real HTTP server on 127.0.0.1 that
/// speaks the Connector's wire format, records every request, and can be told to fail.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ConnectorRequest> requests = new();
    private readonly ConcurrentQueue<Func<HttpContext, Task<bool>>> faults = new();
    private int nextId;

    private LoopbackConnector(WebApplication app) => this.app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyList<ConnectorRequest> Requests => [.. requests];

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new LoopbackConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address;
        return connector;
    }

    /// <summary>The next request is answered with this status (and optional headers) instead of success.</summary>
    public void FailNext(HttpStatusCode status, TimeSpan? retryAfter = null) => faults.Enqueue(async context =>
    {
        context.Response.StatusCode = (int)status;
        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsync("{}");
        return true;
    });

    /// <summary>The next request is answered with a 307 to <paramref name="location"/> (a hostile or hijacked serviceUrl host).</summary>
    public void RedirectNext(string location) => faults.Enqueue(async context =>
    {
        context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
        context.Response.Headers.Location = location;
        await context.Response.WriteAsync(string.Empty);
        return true;
    });

    /// <summary>The next request is recorded at once but answered (successfully) only after <paramref name="delay"/>.</summary>
    public void DelayNext(TimeSpan delay) => faults.Enqueue(async context =>
    {
        await Task.Delay(delay);
        return false;
    });

    public void Clear() => requests.Clear();

    /// <summary>Waits (bounded) until at least <paramref name="count"/> requests arrived.</summary>
    public async Task<IReadOnlyList<ConnectorRequest>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (requests.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return Requests;
    }

    private async Task HandleAsync(HttpContext context)
    {
        JsonNode? body = null;
        if (context.Request.ContentLength is not 0)
        {
            try
            {
                body = await JsonNode.ParseAsync(context.Request.Body);
            }
            catch (JsonException)
            {
                body = null;
            }
        }

        requests.Enqueue(new ConnectorRequest(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.Headers.Authorization.FirstOrDefault(),
            body));

        if (faults.TryDequeue(out var fault) && await fault(context))
        {
            return;
        }

        var id = $"activity-{Interlocked.Increment(ref nextId)}";
        context.Response.StatusCode = context.Request.Method == "PUT" ? 200 : 201;
        await context.Response.WriteAsJsonAsync(new { id });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
