using SafetyBot.Knowledge.Answers;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SafetyBot.Bot.Summarization;
using SafetyBot.IntegrationTests.Infrastructure;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.IntegrationTests.Summarization;

/// <summary>
/// The summariser through the real Azure OpenAI and OpenAI clients against a loopback server that
/// speaks the chat-completions wire format: the Azure deployment path with an API key and the /v1
/// path, each streamed and not.
/// </summary>
public sealed class AnswerSummarizerLoopbackTests : IAsyncLifetime
{
    private FakeChatCompletionsServer server = null!;

    public static TheoryData<string, bool> Backends => new()
    {
        { "azure", false },
        { "azure", true },
        { "v1", false },
        { "v1", true },
    };

    public async Task InitializeAsync() => server = await FakeChatCompletionsServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    internal static KnowledgeAnswer SampleAnswer(int passages = 3)
    {
        var hits = Enumerable.Range(1, passages)
            .Select(i => new PassageHit(
                new Passage($"artikel-{i}#sectie", $"artikel-{i}", $"Artikel {i}", "sectie", $"Kop {i}", $"Tekst van passage {i} over de klassenapp.", Audience.All),
                10 - i))
            .ToList();
        return new KnowledgeAnswer(
            AnswerKind.Answered,
            new ComposedAnswer("artikel-1", "Artikel 1", new AnswerPart("sectie", "Kop 1", "Tekst van passage 1 over de klassenapp.", []), SectionRole.Other, null, null),
            [new SourceRef("artikel-1", "Artikel 1", "sectie", "Kop 1")],
            [],
            Audience.Vo,
            0.9,
            hits);
    }

    private AnswerSummarizer Summarizer(string backend, bool streaming, int timeoutSeconds = 8, TimeProvider? time = null)
    {
        var azure = new AzureOpenAIOptions { TimeoutSeconds = timeoutSeconds, Streaming = streaming };
        var openAI = new OpenAIOptions();
        if (backend == "azure")
        {
            azure.Endpoint = server.Endpoint;
            azure.ApiKey = FakeChatCompletionsServer.ApiKey;
            azure.Deployment = FakeChatCompletionsServer.Deployment;
        }
        else
        {
            openAI.BaseUrl = server.V1BaseUrl;
            openAI.ApiKey = FakeChatCompletionsServer.ApiKey;
            openAI.Model = "test-model";
        }

        var chosen = SummarizerBackend.Choose(azure, openAI);
        time ??= TimeProvider.System;
        return new AnswerSummarizer(chosen.CreateChatClient(azure, openAI), chosen, new SummarizerCircuit(time), time, NullLogger<AnswerSummarizer>.Instance);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_cited_answer_is_used_with_the_cited_passages_as_numbered_sources(string backend, bool streaming)
    {
        server.Script(new ChatReply("Bespreek het in de klas [1] en betrek de mentor [3]."));

        var summary = await Summarizer(backend, streaming).TrySummarizeAsync("wat doe ik bij pesten in de klassenapp?", SampleAnswer(), Audience.Vo, CancellationToken.None);

        Assert.NotNull(summary);
        Assert.Equal("Bespreek het in de klas [1] en betrek de mentor [3].", summary!.Text);
        Assert.Equal([1, 3], summary.Sources.Select(s => s.Number));
        Assert.Equal(["artikel-1", "artikel-3"], summary.Sources.Select(s => s.Source.ArticleId));
        var request = Assert.Single(server.Requests);
        Assert.Equal(streaming, request.Streamed);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Each_backend_calls_its_own_path_with_its_own_key_header(string backend, bool streaming)
    {
        await Summarizer(backend, streaming).TrySummarizeAsync("vraag", SampleAnswer(), Audience.Vo, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        if (backend == "azure")
        {
            Assert.Equal($"/openai/deployments/{FakeChatCompletionsServer.Deployment}/chat/completions", request.Path);
            Assert.Contains("api-version=", request.Query, StringComparison.Ordinal);
            Assert.Equal(FakeChatCompletionsServer.ApiKey, request.ApiKey);
        }
        else
        {
            Assert.Equal("/v1/chat/completions", request.Path);
            Assert.Equal("Bearer " + FakeChatCompletionsServer.ApiKey, request.Authorization);
            Assert.Equal("test-model", request.Body!["model"]!.GetValue<string>());
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task An_uncited_answer_falls_back(string backend, bool streaming)
    {
        server.Script(new ChatReply("Bespreek het in de klas en betrek de mentor."));

        Assert.Null(await Summarizer(backend, streaming).TrySummarizeAsync("vraag", SampleAnswer(), Audience.Vo, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task An_answer_citing_a_passage_that_was_not_given_falls_back(string backend, bool streaming)
    {
        server.Script(new ChatReply("Bespreek het in de klas [1] en bel de politie [7]."));

        Assert.Null(await Summarizer(backend, streaming).TrySummarizeAsync("vraag", SampleAnswer(passages: 3), Audience.Vo, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task An_answer_cut_off_at_the_token_limit_falls_back(string backend, bool streaming)
    {
        server.Script(new ChatReply("Bespreek het in de klas [1] en", FinishReason: "length"));

        Assert.Null(await Summarizer(backend, streaming).TrySummarizeAsync("vraag", SampleAnswer(), Audience.Vo, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_slow_endpoint_falls_back_within_the_timeout(string backend, bool streaming)
    {
        server.Script(new ChatReply("Te laat [1].", Delay: TimeSpan.FromSeconds(20)));
        var watch = Stopwatch.StartNew();

        var summary = await Summarizer(backend, streaming, timeoutSeconds: 1).TrySummarizeAsync("vraag", SampleAnswer(), Audience.Vo, CancellationToken.None);

        Assert.Null(summary);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_failing_endpoint_falls_back_at_once_without_retries(string backend, bool streaming)
    {
        server.Script(new ChatReply(string.Empty, Status: 500), new ChatReply(string.Empty, Status: 500));

        var summary = await Summarizer(backend, streaming).TrySummarizeAsync("vraag", SampleAnswer(), Audience.Vo, CancellationToken.None);

        Assert.Null(summary);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_unreachable_endpoint_falls_back()
    {
        var azure = new AzureOpenAIOptions { Endpoint = "http://127.0.0.1:1/", ApiKey = "k", Deployment = "d", TimeoutSeconds = 2 };
        var chosen = SummarizerBackend.Choose(azure, new OpenAIOptions());
        var summarizer = new AnswerSummarizer(chosen.CreateChatClient(azure, new OpenAIOptions()), chosen, new SummarizerCircuit(TimeProvider.System), TimeProvider.System, NullLogger<AnswerSummarizer>.Instance);

        Assert.Null(await summarizer.TrySummarizeAsync("vraag", SampleAnswer(), Audience.Vo, CancellationToken.None));
    }

    [Fact]
    public async Task The_request_holds_only_the_numbered_passages_the_audience_and_the_given_question()
    {
        var answer = SampleAnswer(passages: 6);

        await Summarizer("azure", streaming: false).TrySummarizeAsync("hoe help ik [naam] in de klassenapp?", answer, Audience.Vo, CancellationToken.None);

        var body = Assert.Single(server.Requests).MessageText;
        Assert.Contains("[1] Artikel 1 › Kop 1", body, StringComparison.Ordinal);
        Assert.Contains("[4] Artikel 4 › Kop 4", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Artikel 5", body, StringComparison.Ordinal);
        Assert.Contains("hoe help ik [naam] in de klassenapp?", body, StringComparison.Ordinal);
        Assert.Contains("voortgezet onderwijs", body, StringComparison.Ordinal);
        Assert.DoesNotContain("artikel-1", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Three_failures_open_the_circuit_and_calls_resume_after_the_pause()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-25T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var summarizer = Summarizer("v1", streaming: false, time: time);
        server.Script(new ChatReply(string.Empty, Status: 503), new ChatReply(string.Empty, Status: 503), new ChatReply(string.Empty, Status: 503));

        for (var i = 0; i < 3; i++)
        {
            Assert.Null(await summarizer.TrySummarizeAsync("vraag", SampleAnswer(), Audience.Vo, CancellationToken.None));
        }

        Assert.Null(await summarizer.TrySummarizeAsync("vraag", SampleAnswer(), Audience.Vo, CancellationToken.None));
        Assert.Equal(3, server.Requests.Count);

        time.Advance(SummarizerCircuit.DefaultOpenFor + TimeSpan.FromSeconds(1));
        Assert.NotNull(await summarizer.TrySummarizeAsync("vraag", SampleAnswer(), Audience.Vo, CancellationToken.None));
        Assert.Equal(4, server.Requests.Count);
    }
}
