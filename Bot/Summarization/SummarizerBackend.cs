using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using OpenAI;

namespace SafetyBot.Bot.Summarization;

public enum SummarizerBackendKind
{
    /// <summary>Neither <c>AzureOpenAI:Endpoint</c> nor <c>OpenAI:BaseUrl</c> is set: extractive answers only.</summary>
    Off,

    /// <summary>Azure OpenAI with <c>AzureOpenAI:ApiKey</c>.</summary>
    AzureOpenAIApiKey,

    /// <summary>Azure OpenAI with the app's managed identity (no key set).</summary>
    AzureOpenAIManagedIdentity,

    /// <summary>An OpenAI-compatible <c>/v1</c> server at <c>OpenAI:BaseUrl</c>.</summary>
    OpenAICompatible,
}

/// <summary>Which backend the settings pick, and the chat client for it. Azure wins when both are set (docs/design.md, "Answers").</summary>
public sealed record SummarizerBackend(SummarizerBackendKind Kind, Uri? Endpoint, string? Model, TimeSpan Timeout, bool Streaming)
{
    /// <summary>Sent when an OpenAI-compatible server needs no key; the client library requires one.</summary>
    internal const string NoKeyPlaceholder = "no-key";

    public bool IsEnabled => Kind != SummarizerBackendKind.Off;

    /// <summary>True when OpenAI:* is set too but ignored because Azure is configured.</summary>
    public bool IgnoresOpenAI { get; init; }

    public static SummarizerBackend Choose(AzureOpenAIOptions azure, OpenAIOptions openAI)
    {
        var timeout = TimeSpan.FromSeconds(azure.TimeoutSeconds);
        if (azure.IsConfigured)
        {
            var kind = string.IsNullOrWhiteSpace(azure.ApiKey) ? SummarizerBackendKind.AzureOpenAIManagedIdentity : SummarizerBackendKind.AzureOpenAIApiKey;
            return new SummarizerBackend(kind, new Uri(azure.Endpoint!.Trim()), azure.Deployment!.Trim(), timeout, azure.Streaming)
            {
                IgnoresOpenAI = openAI.IsConfigured,
            };
        }

        return openAI.IsConfigured
            ? new SummarizerBackend(SummarizerBackendKind.OpenAICompatible, new Uri(openAI.BaseUrl!.Trim()), openAI.Model!.Trim(), timeout, azure.Streaming)
            : new SummarizerBackend(SummarizerBackendKind.Off, null, null, timeout, azure.Streaming);
    }

    /// <summary>
    /// The chat client for this backend. Creating it sends nothing; a managed identity token is asked
    /// for on the first call. No retries inside the client: the summariser's own timeout and circuit
    /// decide, and a retry would only eat the turn's time.
    /// </summary>
    public IChatClient CreateChatClient(AzureOpenAIOptions azure, OpenAIOptions openAI)
    {
        switch (Kind)
        {
            case SummarizerBackendKind.AzureOpenAIApiKey:
            case SummarizerBackendKind.AzureOpenAIManagedIdentity:
            {
                var options = new AzureOpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(maxRetries: 0), NetworkTimeout = Timeout + TimeSpan.FromSeconds(1) };
                var client = Kind == SummarizerBackendKind.AzureOpenAIApiKey
                    ? new AzureOpenAIClient(Endpoint!, new ApiKeyCredential(azure.ApiKey!.Trim()), options)
                    : new AzureOpenAIClient(Endpoint!, ManagedIdentity(azure.ManagedIdentityClientId), options);
                return client.GetChatClient(Model!).AsIChatClient();
            }

            case SummarizerBackendKind.OpenAICompatible:
            {
                var options = new OpenAIClientOptions { Endpoint = Endpoint, RetryPolicy = new ClientRetryPolicy(maxRetries: 0), NetworkTimeout = Timeout + TimeSpan.FromSeconds(1) };
                var key = string.IsNullOrWhiteSpace(openAI.ApiKey) ? NoKeyPlaceholder : openAI.ApiKey.Trim();
                return new OpenAIClient(new ApiKeyCredential(key), options).GetChatClient(Model!).AsIChatClient();
            }

            default:
                throw new InvalidOperationException("LLM summarisation is off; there is no chat client.");
        }
    }

    private static ManagedIdentityCredential ManagedIdentity(string? clientId) =>
        string.IsNullOrWhiteSpace(clientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId.Trim()));
}
