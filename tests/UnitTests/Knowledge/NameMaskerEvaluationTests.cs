using System.Text.RegularExpressions;
using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Kb.Evaluation;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Masking;
using Xunit.Abstractions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>
/// The masker on real text, with the bundled knowledge base's vocabulary as in the bot. Precision: the ~760
/// teachers' questions of the evaluation sets (tests/eval/*.yml and set A of answers/questions-AB.yml; set B is
/// sealed and never read) lose no ordinary word, apart from the listed ones. Recall: of the held-out names
/// (tests/eval/names/heldout.yml, not built from the masker's lists) at least the floor disappears.
/// Numbers and the accepted false masks: docs/privacy.md, "Name masking".
/// </summary>
public sealed class NameMaskerEvaluationTests(ITestOutputHelper output)
{
    /// <summary>Names that really are in the evaluation questions: masking them is right.</summary>
    private static readonly HashSet<string> NamesInQuestions = new(StringComparer.Ordinal)
    {
        "Daan", "Jayden", "Lotte", "Mila'", "Noor", "Sara", "Sem",
    };

    /// <summary>Ordinary words that are masked anyway, each with its reason in docs/privacy.md.</summary>
    private static readonly HashSet<string> AcceptedFalseMasks = new(StringComparer.Ordinal)
    {
        // Capitalised mid-sentence and not in the knowledge base: places and a proper noun, masked before this change too.
        "Berlijn", "Canada", "Wereldoorlog",
    };

    /// <summary>The masker caught 95.2 % when the floor was set (48.3 % before sentence starts and surnames, #26).</summary>
    private const double RecallFloor = 0.90;

    private static readonly Lazy<NameMasker> Masker = new(() =>
        new NameMasker(LoadedKnowledge.VocabularyOf(KnowledgeBaseLoader.Load(new BundledContentSource()).KnowledgeBase)));

    [Fact]
    public void No_ordinary_word_in_the_evaluation_questions_is_masked()
    {
        var questions = EvaluationQuestions();
        var masked = questions
            .SelectMany(q => MaskedSpans(q, Masker.Value.Mask(q)).Select(span => (Question: q, Span: span)))
            .ToList();
        var falseMasks = masked.Where(m => !NamesInQuestions.Contains(m.Span)).ToList();
        foreach (var (question, span) in falseMasks)
        {
            output.WriteLine($"{span}\t{question}");
        }

        output.WriteLine($"{questions.Count} questions, {masked.Count} masks, {falseMasks.Count} of ordinary words");
        Assert.True(questions.Count > 700, $"only {questions.Count} questions");
        Assert.Empty(falseMasks.Select(m => m.Span).Where(span => !AcceptedFalseMasks.Contains(span)).Distinct());
    }

    [Fact]
    public void Most_held_out_names_are_masked()
    {
        var items = HeldOutNames();
        var results = items
            .SelectMany(item => item.Names.Select(name => (Name: name, Where: Position(item.Text, name), Caught: IsGone(name, Masker.Value.Mask(item.Text)))))
            .ToList();
        foreach (var group in results.GroupBy(r => r.Where))
        {
            output.WriteLine($"{group.Key}: {group.Count(r => r.Caught)} of {group.Count()}");
        }

        foreach (var miss in results.Where(r => !r.Caught))
        {
            output.WriteLine($"missed ({miss.Where}): {miss.Name}");
        }

        var recall = results.Count(r => r.Caught) / (double)results.Count;
        output.WriteLine($"recall {recall:P1} of {results.Count} names in {items.Count} messages");
        Assert.True(results.Count >= 150, $"only {results.Count} names");
        Assert.True(recall >= RecallFloor, $"recall {recall:P1} is below {RecallFloor:P0}");
    }

    private static List<string> EvaluationQuestions()
    {
        var eval = Path.Combine(RepositoryPaths.Root, "tests", "eval");
        var devSets = Directory.GetFiles(eval, "*.yml").SelectMany(DevSet.Load).Select(i => i.Q);
        return [.. devSets.Concat(SetA(Path.Combine(eval, "answers", "questions-AB.yml"))).Distinct()];
    }

    /// <summary>Only set A: the file is cut at set B's key before it is parsed, so B stays unread.</summary>
    private static IEnumerable<string> SetA(string path)
    {
        var lines = File.ReadLines(path).TakeWhile(line => !line.StartsWith("B:", StringComparison.Ordinal));
        var sets = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
            .Deserialize<Dictionary<string, List<TrialQuestion>>>(string.Join('\n', lines));
        return sets["A"].Select(q => q.Text);
    }

    private static List<HeldOutItem> HeldOutNames() =>
        new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<List<HeldOutItem>>(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "eval", "names", "heldout.yml")));

    /// <summary>The original text behind each <c>[naam]</c>, found by matching the masked text's other parts.</summary>
    private static List<string> MaskedSpans(string original, string masked)
    {
        if (!masked.Contains(NameMasker.NameMask, StringComparison.Ordinal))
        {
            return [];
        }

        var pattern = "^" + string.Join("(.+?)", masked.Split(NameMasker.NameMask).Select(Regex.Escape)) + "$";
        var match = Regex.Match(original, pattern, RegexOptions.Singleline);
        return match.Success ? [.. match.Groups.Values.Skip(1).Select(g => g.Value)] : [$"(unaligned) {masked}"];
    }

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "van", "de", "der", "den", "ten", "ter", "el", "al", "da", "dos" };

    private static bool IsGone(string name, string masked) =>
        name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !Particles.Contains(word))
            .All(word => !Regex.IsMatch(masked, $@"(?<![\p{{L}}]){Regex.Escape(word)}(?![\p{{L}}])", RegexOptions.IgnoreCase));

    /// <summary>"lower case", "sentence start" (first word, or after . ! ? : a newline, a quote, a bullet) or "mid-sentence".</summary>
    private static string Position(string text, string name)
    {
        if (char.IsLower(name[0]))
        {
            return "lower case";
        }

        var before = text[..text.IndexOf(name, StringComparison.Ordinal)].TrimEnd(' ', '"', '\'', '(', '-', '\t');
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or ':' or '\n' ? "sentence start" : "mid-sentence";
    }

    private sealed class TrialQuestion
    {
        public string Id { get; set; } = string.Empty;

        public string Text { get; set; } = string.Empty;
    }

    private sealed class HeldOutItem
    {
        public string Text { get; set; } = string.Empty;

        public List<string> Names { get; set; } = [];
    }
}
