using System.Text.Json;

namespace SafetyBot.Bot.Channel;

/// <summary>Outcome of reading a request body as an activity: the activity, or a status and a short reason.</summary>
public readonly record struct ActivityParseResult(Activity? Activity, int StatusCode, string? Reason)
{
    public bool Succeeded => Activity is not null;

    public static ActivityParseResult Ok(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static ActivityParseResult Fail(int status, string reason) => new(null, status, reason);
}

/// <summary>
/// Reads and checks an activity from a request body. Everything it rejects is answered with a 4xx
/// and a short reason; nothing from a rejected body is kept.
/// </summary>
public static class ActivityParser
{
    public const int MaxBodyBytes = 256 * 1024;

    public static async Task<ActivityParseResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return ActivityParseResult.Fail(StatusCodes.Status413PayloadTooLarge, "body is larger than 256 KB");
        }

        if (!IsJsonContentType(request.ContentType))
        {
            return ActivityParseResult.Fail(StatusCodes.Status415UnsupportedMediaType, "content type must be application/json");
        }

        var buffer = await ReadBoundedAsync(request.Body, cancellationToken);
        if (buffer is null)
        {
            return ActivityParseResult.Fail(StatusCodes.Status413PayloadTooLarge, "body is larger than 256 KB");
        }

        return Parse(buffer);
    }

    public static ActivityParseResult Parse(ReadOnlySpan<byte> json)
    {
        if (json.IsEmpty)
        {
            return ActivityParseResult.Fail(StatusCodes.Status400BadRequest, "body is empty");
        }

        JsonDocument? document;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = ChannelJson.Options.MaxDepth });
            if (!JsonDocument.TryParseValue(ref reader, out document))
            {
                return ActivityParseResult.Fail(StatusCodes.Status400BadRequest, "body is not valid JSON");
            }
        }
        catch (JsonException)
        {
            return ActivityParseResult.Fail(StatusCodes.Status400BadRequest, "body is not valid JSON");
        }

        Activity? activity;
        try
        {
            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return ActivityParseResult.Fail(StatusCodes.Status400BadRequest, "body must be a JSON object");
                }

                activity = document.RootElement.Deserialize<Activity>(ChannelJson.Options);
            }
        }
        catch (JsonException)
        {
            // The message can echo the body; the reason stays generic.
            return ActivityParseResult.Fail(StatusCodes.Status400BadRequest, "body is not an activity (a field has the wrong type)");
        }
        catch (InvalidOperationException)
        {
            return ActivityParseResult.Fail(StatusCodes.Status400BadRequest, "body is not an activity (a field has the wrong type)");
        }

        if (activity is null)
        {
            return ActivityParseResult.Fail(StatusCodes.Status400BadRequest, "body must be a JSON object");
        }

        return Check(activity);
    }

    private static ActivityParseResult Check(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return ActivityParseResult.Fail(StatusCodes.Status400BadRequest, "activity has no type");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return ActivityParseResult.Fail(StatusCodes.Status400BadRequest, "activity has no conversation id");
        }

        if (!activity.ExpectsReplies && !IsHttpUrl(activity.ServiceUrl))
        {
            return ActivityParseResult.Fail(StatusCodes.Status400BadRequest, "activity has no valid serviceUrl to reply to");
        }

        if (activity.ServiceUrl is not null && !IsHttpUrl(activity.ServiceUrl))
        {
            return ActivityParseResult.Fail(StatusCodes.Status400BadRequest, "serviceUrl is not an absolute http(s) URL");
        }

        // Ids end up in Connector URLs and store keys: control characters or absurd lengths are not ids.
        foreach (var (name, value) in new[]
        {
            ("id", activity.Id), ("replyToId", activity.ReplyToId), ("conversation.id", activity.Conversation?.Id),
            ("from.id", activity.From?.Id), ("from.aadObjectId", activity.From?.AadObjectId), ("recipient.id", activity.Recipient?.Id),
            ("channelId", activity.ChannelId), ("channelData.team.id", activity.ChannelData?.Team?.Id),
        })
        {
            if (value is not null && !IsIdentifier(value))
            {
                return ActivityParseResult.Fail(StatusCodes.Status400BadRequest, $"{name} has control characters or is longer than {MaxIdLength} characters");
            }
        }

        return ActivityParseResult.Ok(activity);
    }

    public const int MaxIdLength = 1024;

    private static bool IsIdentifier(string value) =>
        value.Length <= MaxIdLength && !value.Any(c => char.IsControl(c) || char.IsSurrogate(c));

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool IsJsonContentType(string? contentType)
    {
        // Some clients omit the header; a body that is JSON is still read.
        if (string.IsNullOrEmpty(contentType))
        {
            return true;
        }

        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads at most <see cref="MaxBodyBytes"/>; null when the body is larger (chunked bodies have no length).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var memory = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (memory.Length + read > MaxBodyBytes)
            {
                return null;
            }

            memory.Write(chunk, 0, read);
        }

        return memory.ToArray();
    }
}
