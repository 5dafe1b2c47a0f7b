using Microsoft.Extensions.Diagnostics.HealthChecks;
using SafetyBot.Bot.Hosting;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Bot.KnowledgeBase;

/// <summary><c>Knowledge:*</c>: where content comes from.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>A folder that replaces all bundled content; empty = the bundled content.</summary>
    public string? ContentPath { get; set; }
}

/// <summary>The loaded, validated content and its search index: built once at start.</summary>
public sealed partial class LoadedKnowledge : IDisposable
{
    public LoadedKnowledge(KnowledgeOptions options, ILogger<LoadedKnowledge> logger)
    {
        IContentSource source = string.IsNullOrWhiteSpace(options.ContentPath)
            ? new BundledContentSource()
            : new FolderContentSource(options.ContentPath);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var loaded = KnowledgeBaseLoader.Load(source);
        if (!loaded.Report.IsValid)
        {
            // Stops the app at start: content with errors would give teachers wrong or broken answers.
            var errors = string.Join(Environment.NewLine, loaded.Report.Errors.Take(20));
            throw new InvalidOperationException($"Knowledge:ContentPath — the {source.Description} has errors (run 'kb validate'):{Environment.NewLine}{errors}");
        }

        Content = loaded.KnowledgeBase;
        Index = KnowledgeIndex.Build(Content);
        Answerer = new KnowledgeAnswerer(Index);
        Vocabulary = Content.Articles
            .SelectMany(a => new[] { a.Title, a.Lead }.Concat(a.Sections.Select(s => s.Heading + " " + s.PlainText)))
            .SelectMany(text => text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
            .Select(word => word.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        LogLoaded(logger, source.Description, Content.Articles.Count, Index.PassageCount, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public Knowledge.Content.KnowledgeBase Content { get; }

    public KnowledgeIndex Index { get; }

    public KnowledgeAnswerer Answerer { get; }

    /// <summary>The content's own words, lower case: the name masker leaves these alone.</summary>
    public IReadOnlySet<string> Vocabulary { get; }

    private static readonly char[] WordSeparators = [' ', '\n', '.', ',', ';', ':', '!', '?', '(', ')', '"', '\'', '/', '*', '[', ']', '’', '‘', '“', '”'];

    public void Dispose() => Index.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge loaded from {Source}: {Articles} articles, {Passages} passages indexed in {ElapsedMs:0} ms")]
    private static partial void LogLoaded(ILogger logger, string source, int articles, int passages, double elapsedMs);
}

/// <summary>Ready once the index is built.</summary>
public sealed class KnowledgeHealthCheck(LoadedKnowledge knowledge) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(knowledge.Index.PassageCount > 0
            ? HealthCheckResult.Healthy($"{knowledge.Index.PassageCount} passages")
            : HealthCheckResult.Unhealthy("the knowledge index is empty"));
}

public static class KnowledgeSetup
{
    public static WebApplicationBuilder AddKnowledge(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(KnowledgeOptions.Section).Get<KnowledgeOptions>() ?? new KnowledgeOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<LoadedKnowledge>();
        builder.Services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>("knowledge", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }

    /// <summary>Builds the index before the first request, so a content error stops the app at start.</summary>
    public static WebApplication UseKnowledge(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<LoadedKnowledge>();
        return app;
    }
}
