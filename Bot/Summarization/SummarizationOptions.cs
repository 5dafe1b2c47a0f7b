using System.Net;
using Microsoft.Extensions.Options;

namespace SafetyBot.Bot.Summarization;

/// <summary><c>AzureOpenAI:*</c>: an Azure OpenAI deployment; <see cref="TimeoutSeconds"/> and <see cref="Streaming"/> apply to either backend.</summary>
public sealed class AzureOpenAIOptions
{
    public const string Section = "AzureOpenAI";

    /// <summary>The resource endpoint, e.g. <c>https://school.openai.azure.com/</c>; empty = not Azure.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The API key; empty = managed identity (Azure.Identity). Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The deployment name (the model as deployed in the resource).</summary>
    public string? Deployment { get; set; }

    /// <summary>A user-assigned managed identity's client id; empty = the system-assigned identity. Only without an API key.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>After this the extractive answer is shown; stays under the 10 s turn so the fallback still arrives.</summary>
    public int TimeoutSeconds { get; set; } = 8;

    /// <summary>Ask for a streamed (server-sent events) response; the answer is still checked whole before it is shown.</summary>
    public bool Streaming { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);
}

/// <summary><c>OpenAI:*</c>: any OpenAI-compatible <c>/v1</c> server, used when <c>AzureOpenAI:Endpoint</c> is not set.</summary>
public sealed class OpenAIOptions
{
    public const string Section = "OpenAI";

    /// <summary>The base URL including <c>/v1</c>, e.g. <c>https://api.openai.com/v1</c>; empty = off.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The API key; servers that need none may leave it empty. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The model name the server knows.</summary>
    public string? Model { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BaseUrl);
}

/// <summary>Stops the app at start with a message that names the key; never echoes a key or an endpoint.</summary>
public sealed class AzureOpenAIOptionsValidator : IValidateOptions<AzureOpenAIOptions>
{
    public const int MaxTimeoutSeconds = 9;

    public ValidateOptionsResult Validate(string? name, AzureOpenAIOptions options)
    {
        var failures = new List<string>();
        if (options.IsConfigured)
        {
            if (!EndpointRules.IsAcceptable(options.Endpoint))
            {
                failures.Add($"{AzureOpenAIOptions.Section}:{nameof(options.Endpoint)} {EndpointRules.Requirement}");
            }

            if (string.IsNullOrWhiteSpace(options.Deployment))
            {
                failures.Add($"{AzureOpenAIOptions.Section}:{nameof(options.Deployment)} is required when {AzureOpenAIOptions.Section}:{nameof(options.Endpoint)} is set.");
            }

            if (!string.IsNullOrWhiteSpace(options.ApiKey) && !string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
            {
                failures.Add($"{AzureOpenAIOptions.Section}:{nameof(options.ManagedIdentityClientId)} is only used without {AzureOpenAIOptions.Section}:{nameof(options.ApiKey)}; set one of them.");
            }
        }
        else
        {
            // A key or deployment without an endpoint is a half-done configuration, not "off".
            foreach (var (key, value) in new[] { (nameof(options.ApiKey), options.ApiKey), (nameof(options.Deployment), options.Deployment), (nameof(options.ManagedIdentityClientId), options.ManagedIdentityClientId) })
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    failures.Add($"{AzureOpenAIOptions.Section}:{key} is set but {AzureOpenAIOptions.Section}:{nameof(options.Endpoint)} is not.");
                }
            }
        }

        if (options.TimeoutSeconds is < 1 or > MaxTimeoutSeconds)
        {
            failures.Add($"{AzureOpenAIOptions.Section}:{nameof(options.TimeoutSeconds)} must be 1 to {MaxTimeoutSeconds}, so the fallback answer still fits in the 10 s turn.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

public sealed class OpenAIOptionsValidator : IValidateOptions<OpenAIOptions>
{
    public ValidateOptionsResult Validate(string? name, OpenAIOptions options)
    {
        var failures = new List<string>();
        if (options.IsConfigured)
        {
            if (!EndpointRules.IsAcceptable(options.BaseUrl))
            {
                failures.Add($"{OpenAIOptions.Section}:{nameof(options.BaseUrl)} {EndpointRules.Requirement}");
            }

            if (string.IsNullOrWhiteSpace(options.Model))
            {
                failures.Add($"{OpenAIOptions.Section}:{nameof(options.Model)} is required when {OpenAIOptions.Section}:{nameof(options.BaseUrl)} is set.");
            }
        }
        else
        {
            foreach (var (key, value) in new[] { (nameof(options.ApiKey), options.ApiKey), (nameof(options.Model), options.Model) })
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    failures.Add($"{OpenAIOptions.Section}:{key} is set but {OpenAIOptions.Section}:{nameof(options.BaseUrl)} is not.");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Questions and keys travel to the endpoint: only over TLS, except to this machine.</summary>
internal static class EndpointRules
{
    public const string Requirement = "must be an absolute https URL (plain http only to this machine: localhost, 127.0.0.1 or ::1), without user info, query or fragment.";

    public static bool IsAcceptable(string? value)
    {
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri)
            || !string.IsNullOrEmpty(uri.UserInfo)
            || !string.IsNullOrEmpty(uri.Query)
            || !string.IsNullOrEmpty(uri.Fragment))
        {
            return false;
        }

        return uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri));
    }

    private static bool IsLoopback(Uri uri) =>
        string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
