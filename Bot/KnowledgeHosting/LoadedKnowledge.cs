using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;
using SafetyBot.Knowledge.Text;

namespace SafetyBot.Bot.KnowledgeHosting;

/// <summary>The loaded, validated content and its search index: built once at start.</summary>
public sealed partial class LoadedKnowledge : IDisposable
{
    /// <summary>Takes what <see cref="Build"/> made (possibly on another thread while the host started).</summary>
    public LoadedKnowledge(Built built, ILogger<LoadedKnowledge> logger)
    {
        Content = built.Content;
        Index = built.Index;
        Answerer = built.Answerer;
        Vocabulary = built.Vocabulary;
        LogLoaded(logger, built.SourceDescription, Content.Articles.Count, Index.PassageCount, built.Elapsed.TotalMilliseconds, built.IncidentModelElapsed.TotalMilliseconds);
    }

    public sealed record Built(Knowledge.Content.KnowledgeBase Content, KnowledgeIndex Index, KnowledgeAnswerer Answerer, IReadOnlySet<string> Vocabulary, string SourceDescription, TimeSpan Elapsed)
    {
        /// <summary>How long training the incident model took, next to the index build.</summary>
        public TimeSpan IncidentModelElapsed { get; init; }
    }

    /// <summary>
    /// Loads and validates the content, builds the index, and asks it two questions so the first
    /// teacher does not wait for the search path to be compiled. Throws on content errors.
    /// </summary>
    public static Built Build(KnowledgeOptions options)
    {
        IContentSource source = string.IsNullOrWhiteSpace(options.ContentPath)
            ? new BundledContentSource()
            : new FolderContentSource(options.ContentPath);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();

        // The incident model is trained from its bundled messages once, on the other core while the
        // content is read and indexed, rather than on the first message.
        var incidentModel = Task.Run(() =>
        {
            var modelStarted = System.Diagnostics.Stopwatch.GetTimestamp();
            Knowledge.Signals.IncidentClassifier.Warm();
            return System.Diagnostics.Stopwatch.GetElapsedTime(modelStarted);
        });
        var loaded = KnowledgeBaseLoader.Load(source);
        if (!loaded.Report.IsValid)
        {
            // Stops the app at start: content with errors would give teachers wrong or broken answers.
            var errors = string.Join(Environment.NewLine, loaded.Report.Errors.Take(20));
            throw new InvalidOperationException($"Knowledge:ContentPath — the {source.Description} has errors (run 'kb validate'):{Environment.NewLine}{errors}");
        }

        var content = loaded.KnowledgeBase;
        var index = KnowledgeIndex.Build(content);
        var answerer = new KnowledgeAnswerer(index, content.Articles);
        var vocabulary = VocabularyOf(content);
        foreach (var warmUp in WarmUpQuestions)
        {
            _ = answerer.Answer(warmUp, Audience.All);
        }

        var modelElapsed = incidentModel.GetAwaiter().GetResult();

        // The name masker's Dutch dictionary loads after the index, in the background, and is not waited for:
        // it takes longer than the index (docs/performance.md, "Name masking") and only a question that is
        // stored or sent to a language model needs it; one that comes sooner waits for it there.
        _ = Task.Run(Knowledge.Masking.DutchLexicon.Warm);

        return new Built(content, index, answerer, vocabulary, source.Description, System.Diagnostics.Stopwatch.GetElapsedTime(started)) { IncidentModelElapsed = modelElapsed };
    }

    private static readonly string[] WarmUpQuestions = ["mag ik een leerling volgen op instagram", "wanneer is de kerstvakantie"];

    /// <summary>The content's own words, lower case: titles, leads, headings and text of every article.</summary>
    public static IReadOnlySet<string> VocabularyOf(Knowledge.Content.KnowledgeBase content) =>
        content.Articles
            .SelectMany(a => new[] { a.Title, a.Lead }.Concat(a.Sections.Select(s => s.Heading + " " + s.PlainText)))
            .SelectMany(text => WordSplitter.Split(text, VocabularyBreaks))
            .Select(word => word.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    public Knowledge.Content.KnowledgeBase Content { get; }

    public KnowledgeIndex Index { get; }

    public KnowledgeAnswerer Answerer { get; }

    /// <summary>The content's own words, lower case: the name masker leaves these alone.</summary>
    public IReadOnlySet<string> Vocabulary { get; }

    // Not on hyphens: the name masker's words keep them ("cyber-pesten" is one word there too).
    private const WordBreaks VocabularyBreaks = WordBreaks.Prose | WordBreaks.Asterisk | WordBreaks.SquareBrackets | WordBreaks.CurlyQuotes;

    public void Dispose() => Index.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge loaded from {Source}: {Articles} articles, {Passages} passages indexed in {ElapsedMs:0} ms; incident model trained alongside in {ModelMs:0} ms")]
    private static partial void LogLoaded(ILogger logger, string source, int articles, int passages, double elapsedMs, double modelMs);
}
