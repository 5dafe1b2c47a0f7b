using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace SafetyBot.Bot.Channel;

/// <summary>The Bot Framework Connector REST API, as far as SafetyBot uses it.</summary>
public interface IConnectorClient
{
    /// <summary><c>POST v3/conversations/{id}/activities/{replyToId}</c>, or without replyToId when it is null.</summary>
    Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, string? replyToId, OutgoingActivity activity, CancellationToken cancellationToken);

    /// <summary><c>PUT v3/conversations/{id}/activities/{activityId}</c>: replaces a card for everyone.</summary>
    Task UpdateAsync(string serviceUrl, string conversationId, string activityId, OutgoingActivity activity, CancellationToken cancellationToken);

    /// <summary><c>POST v3/conversations</c>: starts a conversation (proactive posts to a channel).</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
}

public sealed record ResourceResponse(string? Id);

public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);

public sealed record ConversationParameters(
    bool? IsGroup,
    AccountRef? Bot,
    string? TenantId,
    OutgoingActivity? Activity,
    System.Text.Json.Nodes.JsonObject? ChannelData);

/// <summary>
/// Typed HttpClient over the Connector REST API. Retries live in the HttpClient pipeline
/// (<see cref="ConnectorResilience"/>): what reaches this class has failed for good.
/// </summary>
public sealed partial class ConnectorClient(HttpClient http, IConnectorTokenProvider tokens, Auth.ServiceUrlPolicy serviceUrls, ILogger<ConnectorClient> logger) : IConnectorClient
{
    public async Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, string? replyToId, OutgoingActivity activity, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }

        using var response = await SendJsonAsync(HttpMethod.Post, serviceUrl, path, activity, cancellationToken);
        return await ReadAsync<ResourceResponse>(response, cancellationToken) ?? new ResourceResponse(null);
    }

    public async Task UpdateAsync(string serviceUrl, string conversationId, string activityId, OutgoingActivity activity, CancellationToken cancellationToken)
    {
        activity.Id = activityId;
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";
        using var response = await SendJsonAsync(HttpMethod.Put, serviceUrl, path, activity, cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        using var response = await SendJsonAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);
        return await ReadAsync<ConversationResourceResponse>(response, cancellationToken) ?? new ConversationResourceResponse(null, null, null);
    }

    /// <summary>Joins a path to a serviceUrl whether or not it ends in '/'.</summary>
    public static Uri Join(string serviceUrl, string path) => new(serviceUrl.TrimEnd('/') + "/" + path.TrimStart('/'));

    private async Task<HttpResponseMessage> SendJsonAsync<T>(HttpMethod method, string serviceUrl, string path, T body, CancellationToken cancellationToken)
    {
        // Checked here as well as at the edge: stored references (weekly posts, tally updates) never passed the edge today.
        if (serviceUrls.Check(serviceUrl) is { } refused)
        {
            LogSendFailed(logger, method.Method, refused);
            throw new ConnectorException(DeliveryFailure.ConversationGone, null, refused);
        }

        using var request = new HttpRequestMessage(method, Join(serviceUrl, path))
        {
            Content = JsonContent.Create(body, options: ChannelJson.Options),
        };

        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError == HttpRequestError.ConnectionError)
        {
            LogSendFailed(logger, method.Method, "connection refused");
            throw new ConnectorException(DeliveryFailure.NotDelivered, null, "connector unreachable", ex);
        }
        catch (HttpRequestException ex)
        {
            LogSendFailed(logger, method.Method, ex.HttpRequestError.ToString());
            throw new ConnectorException(DeliveryFailure.Ambiguous, null, "connector request failed", ex);
        }
        catch (Polly.Timeout.TimeoutRejectedException ex)
        {
            LogSendFailed(logger, method.Method, "attempt timeout");
            throw new ConnectorException(DeliveryFailure.Ambiguous, null, "connector timed out", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogSendFailed(logger, method.Method, "timeout");
            throw new ConnectorException(DeliveryFailure.Ambiguous, null, "connector timed out", ex);
        }

        if (response.IsSuccessStatusCode)
        {
            LogSent(logger, method.Method, (int)response.StatusCode);
            return response;
        }

        var status = response.StatusCode;
        response.Dispose();
        LogSendFailed(logger, method.Method, ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture));
        throw new ConnectorException(Classify(status), status, $"connector answered {(int)status}");
    }

    public static DeliveryFailure Classify(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout or HttpStatusCode.RequestTimeout => DeliveryFailure.Ambiguous,
        HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Gone => DeliveryFailure.ConversationGone,
        >= HttpStatusCode.InternalServerError => DeliveryFailure.Ambiguous,
        _ => DeliveryFailure.NotDelivered,
    };

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength == 0)
        {
            return default;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<T>(ChannelJson.Options, cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            return default;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Connector {Method} answered {Status}")]
    private static partial void LogSent(ILogger logger, string method, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Method} failed: {Reason}")]
    private static partial void LogSendFailed(ILogger logger, string method, string reason);
}
