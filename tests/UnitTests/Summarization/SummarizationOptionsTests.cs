using Microsoft.Extensions.AI;
using SafetyBot.Bot.Summarization;

namespace SafetyBot.UnitTests.Summarization;

/// <summary>
/// Configuration: which backend the settings pick, and what stops the app at start. Managed identity
/// cannot be exercised over plain http, so it is covered here: the choice and the client it builds.
/// </summary>
public sealed class SummarizationOptionsTests
{
    private static IReadOnlyList<string> Failures(AzureOpenAIOptions options) =>
        new AzureOpenAIOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    private static IReadOnlyList<string> Failures(OpenAIOptions options) =>
        new OpenAIOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void Nothing_configured_is_valid_and_off()
    {
        Assert.Empty(Failures(new AzureOpenAIOptions()));
        Assert.Empty(Failures(new OpenAIOptions()));
        var backend = SummarizerBackend.Choose(new AzureOpenAIOptions(), new OpenAIOptions());

        Assert.Equal(SummarizerBackendKind.Off, backend.Kind);
        Assert.False(backend.IsEnabled);
        Assert.Equal(TimeSpan.FromSeconds(8), backend.Timeout);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://secret-host.example/")]
    [InlineData("http://secret-host.example/")]
    [InlineData("https://user:secret-host@school.openai.azure.com/")]
    [InlineData("https://secret-host.example/?key=abc")]
    public void A_bad_azure_endpoint_is_refused_naming_the_key_not_the_value(string endpoint)
    {
        var failure = Assert.Single(Failures(new AzureOpenAIOptions { Endpoint = endpoint, Deployment = "gpt", ApiKey = "k" }));

        Assert.StartsWith("AzureOpenAI:Endpoint ", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-host", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://school.openai.azure.com/")]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://[::1]:5000/")]
    public void Https_or_plain_http_to_this_machine_is_accepted(string endpoint)
    {
        Assert.Empty(Failures(new AzureOpenAIOptions { Endpoint = endpoint, Deployment = "gpt" }));
        Assert.Empty(Failures(new OpenAIOptions { BaseUrl = endpoint.TrimEnd('/') + "/v1", Model = "m" }));
    }

    [Fact]
    public void An_azure_endpoint_needs_a_deployment()
    {
        Assert.Contains("AzureOpenAI:Deployment is required when AzureOpenAI:Endpoint is set.", Failures(new AzureOpenAIOptions { Endpoint = "https://x.openai.azure.com/" }));
    }

    [Fact]
    public void A_key_or_deployment_without_an_endpoint_is_a_half_configuration_not_off()
    {
        var failures = Failures(new AzureOpenAIOptions { ApiKey = "secret-value", Deployment = "gpt" });

        Assert.Contains("AzureOpenAI:ApiKey is set but AzureOpenAI:Endpoint is not.", failures);
        Assert.Contains("AzureOpenAI:Deployment is set but AzureOpenAI:Endpoint is not.", failures);
        Assert.DoesNotContain(failures, f => f.Contains("secret-value", StringComparison.Ordinal));
        Assert.Contains("OpenAI:Model is set but OpenAI:BaseUrl is not.", Failures(new OpenAIOptions { Model = "m" }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(-1)]
    public void A_timeout_outside_one_to_nine_seconds_is_refused(int seconds)
    {
        var failure = Assert.Single(Failures(new AzureOpenAIOptions { TimeoutSeconds = seconds }));

        Assert.StartsWith("AzureOpenAI:TimeoutSeconds must be 1 to 9", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void An_openai_base_url_needs_a_model_and_a_usable_url()
    {
        Assert.Contains("OpenAI:Model is required when OpenAI:BaseUrl is set.", Failures(new OpenAIOptions { BaseUrl = "https://api.example/v1" }));
        Assert.StartsWith("OpenAI:BaseUrl ", Assert.Single(Failures(new OpenAIOptions { BaseUrl = "api.example/v1", Model = "m" })), StringComparison.Ordinal);
    }

    [Fact]
    public void A_managed_identity_client_id_next_to_an_api_key_is_refused()
    {
        var failures = Failures(new AzureOpenAIOptions { Endpoint = "https://x.openai.azure.com/", Deployment = "gpt", ApiKey = "k", ManagedIdentityClientId = "id" });

        Assert.Single(failures);
        Assert.StartsWith("AzureOpenAI:ManagedIdentityClientId", failures[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_azure_endpoint_with_a_key_uses_the_key()
    {
        var backend = SummarizerBackend.Choose(new AzureOpenAIOptions { Endpoint = "https://x.openai.azure.com/", ApiKey = "k", Deployment = "gpt", TimeoutSeconds = 5, Streaming = true }, new OpenAIOptions());

        Assert.Equal(SummarizerBackendKind.AzureOpenAIApiKey, backend.Kind);
        Assert.Equal("gpt", backend.Model);
        Assert.Equal(TimeSpan.FromSeconds(5), backend.Timeout);
        Assert.True(backend.Streaming);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("11111111-2222-3333-4444-555555555555")]
    public void An_azure_endpoint_without_a_key_uses_the_managed_identity_and_builds_a_client_without_calling_out(string? clientId)
    {
        var azure = new AzureOpenAIOptions { Endpoint = "https://school.openai.azure.com/", Deployment = "gpt-4o-mini", ManagedIdentityClientId = clientId };
        var backend = SummarizerBackend.Choose(azure, new OpenAIOptions());

        using var chat = backend.CreateChatClient(azure, new OpenAIOptions());
        var metadata = chat.GetService<ChatClientMetadata>();

        Assert.Equal(SummarizerBackendKind.AzureOpenAIManagedIdentity, backend.Kind);
        Assert.NotNull(metadata);
        Assert.Equal("gpt-4o-mini", metadata!.DefaultModelId);
        Assert.Equal("school.openai.azure.com", metadata.ProviderUri?.Host);
    }

    [Fact]
    public void Azure_wins_when_both_are_configured_and_says_so()
    {
        var backend = SummarizerBackend.Choose(
            new AzureOpenAIOptions { Endpoint = "https://x.openai.azure.com/", ApiKey = "k", Deployment = "gpt" },
            new OpenAIOptions { BaseUrl = "https://api.example/v1", Model = "m" });

        Assert.Equal(SummarizerBackendKind.AzureOpenAIApiKey, backend.Kind);
        Assert.True(backend.IgnoresOpenAI);
    }

    [Fact]
    public void An_openai_compatible_server_is_used_when_azure_is_not_configured_even_without_a_key()
    {
        var openAI = new OpenAIOptions { BaseUrl = "http://127.0.0.1:11434/v1", Model = "llama" };
        var backend = SummarizerBackend.Choose(new AzureOpenAIOptions(), openAI);

        using var chat = backend.CreateChatClient(new AzureOpenAIOptions(), openAI);

        Assert.Equal(SummarizerBackendKind.OpenAICompatible, backend.Kind);
        Assert.Equal("llama", chat.GetService<ChatClientMetadata>()!.DefaultModelId);
    }
}
