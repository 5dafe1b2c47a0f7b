using BenchmarkDotNet.Attributes;
using SafetyBot.Knowledge.Masking;

namespace SafetyBot.Benchmarks;

/// <summary>
/// The name masker: loading its Dutch dictionary (once, at start, next to the index) and masking one
/// teacher's message (before it is stored or sent to the language model).
/// </summary>
[Config(typeof(ShortConfig))]
[MemoryDiagnoser]
public class MaskingBenchmarks
{
    private static readonly string[] Messages =
    [
        "Jansen uit 3b stuurt steeds berichten naar een meisje. Gisteren kwam ze huilend bij me, wat nu?",
        "Yilmaz wordt gepest in de klassenapp en Sanne de Vries doet mee. Moet ik de ouders bellen?",
        "hoe geef ik een les over sexting in de brugklas",
        "Vorige week ben ik in 3 havo flink tegen een paar jongens uitgevallen. Iemand heeft dat stiekem opgenomen en nu staat het online. Hoe krijg ik dat weg?",
    ];

    private readonly NameMasker masker = new(new HashSet<string> { "klassenapp", "sexting", "brugklas", "ouders" });
    private int next;

    /// <summary>Warms the shared dictionary and prints what one loaded copy keeps on the managed heap.</summary>
    [GlobalSetup]
    public void Setup()
    {
        DutchLexicon.Warm();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var copy = DutchLexicon.LoadBundled();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(copy);
        Console.WriteLine($"// Dutch dictionary retained: {(after - before) / (1024.0 * 1024.0):0.0} MB of managed heap");
    }

    [Benchmark]
    public DutchLexicon LoadDutchDictionary() => DutchLexicon.LoadBundled();

    [Benchmark]
    public string Mask() => masker.Mask(Messages[next++ % Messages.Length]);
}
