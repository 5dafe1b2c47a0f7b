using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SafetyBot.Bot.Summarization;

public static class SummarizationSetup
{
    /// <summary>
    /// <c>AzureOpenAI:*</c> / <c>OpenAI:*</c> (validated at start) and the summariser they pick: an
    /// <see cref="AnswerSummarizer"/> when one is configured, else <see cref="DisabledAnswerSummarizer"/>.
    /// Which one is said in the log at start.
    /// </summary>
    public static WebApplicationBuilder AddSummarization(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AzureOpenAIOptions>().Bind(builder.Configuration.GetSection(AzureOpenAIOptions.Section)).ValidateOnStart();
        services.AddOptions<OpenAIOptions>().Bind(builder.Configuration.GetSection(OpenAIOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AzureOpenAIOptions>, AzureOpenAIOptionsValidator>();
        services.AddSingleton<IValidateOptions<OpenAIOptions>, OpenAIOptionsValidator>();

        services.AddSingleton(sp => SummarizerBackend.Choose(
            sp.GetRequiredService<IOptions<AzureOpenAIOptions>>().Value,
            sp.GetRequiredService<IOptions<OpenAIOptions>>().Value));
        services.AddSingleton(sp => new SummarizerCircuit(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IAnswerSummarizer>(sp =>
        {
            var backend = sp.GetRequiredService<SummarizerBackend>();
            if (!backend.IsEnabled)
            {
                return new DisabledAnswerSummarizer();
            }

            var chat = backend.CreateChatClient(
                sp.GetRequiredService<IOptions<AzureOpenAIOptions>>().Value,
                sp.GetRequiredService<IOptions<OpenAIOptions>>().Value);
            return new AnswerSummarizer(
                chat,
                backend,
                sp.GetRequiredService<SummarizerCircuit>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<AnswerSummarizer>>());
        });
        services.AddHostedService<SummarizationStartupReport>();
        return builder;
    }
}

/// <summary>Says at start whether answers are summarised, and by what; names no key.</summary>
internal sealed partial class SummarizationStartupReport(SummarizerBackend backend, IAnswerSummarizer summarizer, ILogger<SummarizationStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolving the summariser here builds its client at start, so a broken setup shows now.
        _ = summarizer.IsEnabled;
        if (!backend.IsEnabled)
        {
            LogOff(logger);
            return Task.CompletedTask;
        }

        LogOn(logger, backend.Kind.ToString(), backend.Endpoint!.GetLeftPart(UriPartial.Authority), backend.Model!, backend.Timeout.TotalSeconds, backend.Streaming);
        if (backend.IgnoresOpenAI)
        {
            LogOpenAIIgnored(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "LLM summarisation is off (neither AzureOpenAI:Endpoint nor OpenAI:BaseUrl is set): answers are extractive")]
    private static partial void LogOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "LLM summarisation is on: {Backend} at {Host}, model {Model}, timeout {TimeoutSeconds} s, streaming {Streaming}")]
    private static partial void LogOn(ILogger logger, string backend, string host, string model, double timeoutSeconds, bool streaming);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Both AzureOpenAI:Endpoint and OpenAI:BaseUrl are set; Azure OpenAI is used and OpenAI:* is ignored")]
    private static partial void LogOpenAIIgnored(ILogger logger);
}
