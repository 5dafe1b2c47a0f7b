using BenchmarkDotNet.Attributes;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Benchmarks;

/// <summary>
/// Index build and query latency of the knowledge index: on the bundled content, and on a synthetic
/// corpus of 1,200 articles made by recombining the bundled sections (same vocabulary, 30× the size;
/// each keeps its template's example questions, so about 12,000 question documents). Both indexes hold
/// the bundled out-of-scope topics too.
/// </summary>
[Config(typeof(ShortConfig))]
[MemoryDiagnoser]
public class RetrievalBenchmarks
{
    private static readonly string[] Questions =
    [
        "een leerling stuurt me een volgverzoek op instagram, moet ik accepteren?",
        "hoe maken we afspraken over het smartphonebeleid",
        "er wordt gepest in de klassenapp wat nu",
        "wanneer begint de kerstvakantie",
    ];

    private IReadOnlyList<Article> bundled = null!;
    private IReadOnlyList<Article> synthetic = null!;
    private IReadOnlyList<OutOfScopeTopic> outOfScope = null!;
    private KnowledgeIndex bundledIndex = null!;
    private KnowledgeIndex syntheticIndex = null!;
    private KnowledgeAnswerer bundledAnswerer = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var knowledge = KnowledgeBaseLoader.Load(new BundledContentSource()).KnowledgeBase;
        bundled = knowledge.Articles;
        outOfScope = knowledge.OutOfScope;
        synthetic = Synthesize(bundled, 1200);
        bundledIndex = KnowledgeIndex.Build(bundled, outOfScope);
        syntheticIndex = KnowledgeIndex.Build(synthetic, outOfScope);
        bundledAnswerer = new KnowledgeAnswerer(bundledIndex, bundled);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        bundledIndex.Dispose();
        syntheticIndex.Dispose();
    }

    [Benchmark]
    public int BuildBundledIndex()
    {
        using var index = KnowledgeIndex.Build(bundled, outOfScope);
        return index.PassageCount;
    }

    [Benchmark]
    public int BuildSyntheticIndex1200()
    {
        using var index = KnowledgeIndex.Build(synthetic, outOfScope);
        return index.PassageCount;
    }

    [Benchmark]
    public int QueryBundled() => bundledIndex.Search(Questions[next++ % Questions.Length], Audience.All).Hits.Count;

    [Benchmark]
    public int QuerySynthetic1200() => syntheticIndex.Search(Questions[next++ % Questions.Length], Audience.All).Hits.Count;

    [Benchmark]
    public int AnswerBundled() => bundledAnswerer.Answer(Questions[next++ % Questions.Length], Audience.Vo).Sources.Count;

    /// <summary>Articles whose sections are drawn (deterministically) from the bundled ones.</summary>
    private static List<Article> Synthesize(IReadOnlyList<Article> source, int count)
    {
        var sections = source.SelectMany(a => a.Sections).ToArray();
        var random = new Random(20261125);
        return Enumerable.Range(0, count).Select(i =>
        {
            var template = source[i % source.Count];
            var picked = Enumerable.Range(0, 5).Select(_ => sections[random.Next(sections.Length)]).DistinctBy(s => s.Id).ToList();
            return template with { Id = $"synthetic-{i}", Title = $"{template.Title} ({i})", Sections = picked };
        }).ToList();
    }
}
