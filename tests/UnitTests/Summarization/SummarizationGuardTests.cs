using SafetyBot.Knowledge.Answers;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SafetyBot.Bot.Flows.Ask;
using SafetyBot.Bot.Summarization;
using SafetyBot.Cards;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.UnitTests.Summarization;

/// <summary>The guards of the summariser without any network: citations, prompt, circuit, and the card it leads to.</summary>
public sealed class SummarizationGuardTests
{
    private static KnowledgeAnswer Answer(int passages = 3, AnswerKind kind = AnswerKind.Answered) => new(
        kind,
        new ComposedAnswer("artikel-1", "Artikel 1", new AnswerPart("sectie", "Kop 1", "Zin.", []), SectionRole.Other, null, null),
        [new SourceRef("artikel-1", "Artikel 1", "sectie", "Kop 1")],
        [new TopicRef("ander", "Ander artikel")],
        Audience.Po,
        0.9,
        Enumerable.Range(1, passages)
            .Select(i => new PassageHit(new Passage($"artikel-{i}#s{i}", $"artikel-{i}", $"Artikel {i}", i == 1 ? "inleiding" : $"s{i}", i == 1 ? $"Artikel {i}" : $"Kop {i}", $"Tekst {i}.", Audience.All), 10 - i))
            .ToList());

    [Theory]
    [InlineData("Doe dit [1].", new[] { 1 })]
    [InlineData("Doe dit [2] en dat [1, 3].", new[] { 1, 2, 3 })]
    [InlineData("Doe dit [1;2].", new[] { 1, 2 })]
    [InlineData("Noem [naam] niet [1].", new[] { 1 })]
    public void An_answer_citing_given_passages_is_accepted_with_its_citations(string text, int[] cited)
    {
        var result = CitationCheck.Check(text, passagesGiven: 3);

        Assert.True(result.IsAccepted);
        Assert.Equal(cited, result.Cited);
    }

    [Theory]
    [InlineData("Doe dit.", SummaryRejection.Uncited)]
    [InlineData("Dat staat niet in de kennisbank.", SummaryRejection.Uncited)]
    [InlineData("Doe dit [4].", SummaryRejection.UnknownCitation)]
    [InlineData("Doe dit [0].", SummaryRejection.UnknownCitation)]
    [InlineData("Doe dit [1] en [1, 12].", SummaryRejection.UnknownCitation)]
    [InlineData("   ", SummaryRejection.Empty)]
    [InlineData(null, SummaryRejection.Empty)]
    public void An_answer_that_cites_nothing_or_a_passage_not_given_is_refused(string? text, SummaryRejection expected)
    {
        Assert.Equal(expected, CitationCheck.Check(text, passagesGiven: 3).Rejection);
    }

    [Fact]
    public void An_overlong_answer_is_refused()
    {
        Assert.Equal(SummaryRejection.TooLong, CitationCheck.Check(new string('a', CitationCheck.MaxAnswerCharacters + 1) + " [1]", 3).Rejection);
    }

    [Fact]
    public void Markdown_links_are_flattened_so_the_card_gets_no_link_from_the_model()
    {
        var result = CitationCheck.Check("Kijk op [deze site](https://example.com) [1].", 3);

        Assert.True(result.IsAccepted);
        Assert.Equal("Kijk op deze site [1].", result.Text);
    }

    [Fact]
    public void The_prompt_numbers_the_top_four_passages_and_states_the_audience_and_question()
    {
        var passages = SummaryPrompt.Passages(Answer(passages: 6));
        var messages = SummaryPrompt.Messages("wat doe ik met [naam]?", passages, Audience.Po);

        Assert.Equal(SummaryPrompt.MaxPassages, passages.Count);
        Assert.Equal([1, 2, 3, 4], passages.Select(p => p.Number));
        Assert.Equal(ChatRole.System, messages[0].Role);
        Assert.Contains("[1], [2]", messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("primair onderwijs", messages[0].Text, StringComparison.Ordinal);
        var user = messages[1].Text;
        Assert.Contains("Doelgroep: het primair onderwijs (po)", user, StringComparison.Ordinal);
        Assert.Contains("[1] Artikel 1\nTekst 1.", user.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("[2] Artikel 2 › Kop 2", user, StringComparison.Ordinal);
        Assert.DoesNotContain("Artikel 5", user, StringComparison.Ordinal);
        Assert.EndsWith("Vraag: wat doe ik met [naam]?", user, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Audience.Vo, "het voortgezet onderwijs (vo)")]
    [InlineData(Audience.Po | Audience.Mbo, "het primair onderwijs (po) of het middelbaar beroepsonderwijs (mbo)")]
    [InlineData(Audience.All, "het onderwijs (po, vo of mbo)")]
    public void The_audience_is_described_in_Dutch(Audience audience, string expected)
    {
        Assert.Equal(expected, SummaryStrings.AudienceDescription(audience));
    }

    [Fact]
    public void The_circuit_opens_after_three_consecutive_failures_for_sixty_seconds()
    {
        var time = new FakeTimeProvider();
        var circuit = new SummarizerCircuit(time);

        Assert.False(circuit.RecordFailure());
        Assert.False(circuit.RecordFailure());
        Assert.True(circuit.RecordFailure());
        Assert.True(circuit.IsOpen);

        time.Advance(TimeSpan.FromSeconds(59));
        Assert.True(circuit.IsOpen);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(circuit.IsOpen);
    }

    [Fact]
    public void After_the_pause_one_more_failure_opens_the_circuit_again_and_a_success_resets_it()
    {
        var time = new FakeTimeProvider();
        var circuit = new SummarizerCircuit(time);
        for (var i = 0; i < 3; i++)
        {
            circuit.RecordFailure();
        }

        time.Advance(SummarizerCircuit.DefaultOpenFor);
        Assert.True(circuit.RecordFailure());
        Assert.True(circuit.IsOpen);

        time.Advance(SummarizerCircuit.DefaultOpenFor);
        circuit.RecordSuccess();
        Assert.False(circuit.RecordFailure());
        Assert.False(circuit.IsOpen);
    }

    [Fact]
    public void A_success_between_failures_keeps_the_circuit_closed()
    {
        var circuit = new SummarizerCircuit(new FakeTimeProvider());
        circuit.RecordFailure();
        circuit.RecordFailure();
        circuit.RecordSuccess();
        circuit.RecordFailure();

        Assert.False(circuit.IsOpen);
    }

    [Fact]
    public async Task An_unknown_answer_or_an_open_circuit_never_calls_the_model()
    {
        var time = new FakeTimeProvider();
        var chat = new ScriptedChatClient(_ => throw new InvalidOperationException("down"));
        var circuit = new SummarizerCircuit(time);
        var summarizer = new AnswerSummarizer(chat, Backend(), circuit, time, NullLogger<AnswerSummarizer>.Instance);

        Assert.Null(await summarizer.TrySummarizeAsync("vraag", Answer(kind: AnswerKind.Unknown), Audience.Po, CancellationToken.None));
        Assert.Equal(0, chat.Calls);

        for (var i = 0; i < 3; i++)
        {
            Assert.Null(await summarizer.TrySummarizeAsync("vraag", Answer(), Audience.Po, CancellationToken.None));
        }

        Assert.True(circuit.IsOpen);
        Assert.Null(await summarizer.TrySummarizeAsync("vraag", Answer(), Audience.Po, CancellationToken.None));
        Assert.Equal(3, chat.Calls);
    }

    [Fact]
    public async Task A_refused_citation_does_not_count_as_an_endpoint_failure()
    {
        var time = new FakeTimeProvider();
        var chat = new ScriptedChatClient(_ => new ChatResponse(new ChatMessage(ChatRole.Assistant, "Geen bron.")));
        var circuit = new SummarizerCircuit(time);
        var summarizer = new AnswerSummarizer(chat, Backend(), circuit, time, NullLogger<AnswerSummarizer>.Instance);

        for (var i = 0; i < 4; i++)
        {
            Assert.Null(await summarizer.TrySummarizeAsync("vraag", Answer(), Audience.Po, CancellationToken.None));
        }

        Assert.False(circuit.IsOpen);
        Assert.Equal(4, chat.Calls);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_swallowed_as_a_fallback()
    {
        var time = new FakeTimeProvider();
        var chat = new ScriptedChatClient(token =>
        {
            token.ThrowIfCancellationRequested();
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, "Ja [1]."));
        });
        var summarizer = new AnswerSummarizer(chat, Backend(), new SummarizerCircuit(time), time, NullLogger<AnswerSummarizer>.Instance);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => summarizer.TrySummarizeAsync("vraag", Answer(), Audience.Po, cancelled.Token));
    }

    [Fact]
    public void A_generated_answer_becomes_an_AI_labelled_card_whose_sources_carry_the_cited_numbers()
    {
        var answer = Answer();
        var summary = new SummarizedAnswer("Doe dit [1] en dat [3].", [new(1, new SourceRef("artikel-1", "Artikel 1", "inleiding", "Artikel 1")), new(3, new SourceRef("artikel-3", "Artikel 3", "s3", "Kop 3"))]);

        var view = AskFlow.ToView(answer, summary);
        var card = AnswerCard.Build(view).ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.True(view.IsAiGenerated);
        Assert.Equal([1, 3], view.Sources.Select(s => s.Number));
        Assert.Null(view.Sources[0].Section);
        Assert.Contains("AI-gegenereerd", card, StringComparison.Ordinal);
        Assert.Contains("[1] Artikel 1", card, StringComparison.Ordinal);
        Assert.Contains("[3] Artikel 3 › Kop 3", card, StringComparison.Ordinal);
        Assert.Equal(["ander"], view.FollowUps.Select(t => t.ArticleId));
    }

    private static SummarizerBackend Backend() => new(SummarizerBackendKind.OpenAICompatible, new Uri("http://127.0.0.1:1/v1"), "m", TimeSpan.FromSeconds(8), Streaming: false);

    /// <summary>A chat client that answers (or throws) as the test says, and counts calls.</summary>
    private sealed class ScriptedChatClient(Func<CancellationToken, ChatResponse> answer) : IChatClient
    {
        public int Calls { get; private set; }

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult(answer(cancellationToken));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
