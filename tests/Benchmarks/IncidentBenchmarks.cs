using BenchmarkDotNet.Attributes;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Signals;

namespace SafetyBot.Benchmarks;

/// <summary>
/// The incident classifier: training its model from the bundled messages (once, at start) and
/// classifying one message (before every search).
/// </summary>
[Config(typeof(ShortConfig))]
[MemoryDiagnoser]
public class IncidentBenchmarks
{
    private static readonly string[] Messages =
    [
        "een leerling stuurt me een volgverzoek op instagram, moet ik accepteren?",
        "er gaat een naaktfoto van een meisje uit 2b rond in de groepsapp, wat nu",
        "hoe geef ik een les over sexting in de brugklas",
        "Vorige week ben ik in 3 havo flink tegen een paar jongens uitgevallen. Iemand heeft dat stiekem opgenomen en nu staat het online. Hoe krijg ik dat weg?",
    ];

    /// <summary>
    /// Messages of the longest length classified (8,000 characters) made of words that open many of the
    /// rules' patterns but never complete one, so a backtracking regex tries every bounded gap at every
    /// start: the classifier's worst case.
    /// </summary>
    private static readonly string[] Adversarial =
    [
        Repeat("dreigt foto betalen geld mes wapen ze er "),
        Repeat("er een eind "),
        Repeat("naakt account gehackt iemand zit in het "),
        Repeat("blijft haar steeds nieuwe accounts geblokkeerd weet waar ze "),
    ];

    private readonly IncidentClassifier classifier = new();
    private IReadOnlyList<(string, IncidentType?)> training = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        training = IncidentTrainingData.Bundled().Select(d => (IncidentClassifier.Normalize(d.Text), d.Type)).ToList();
        IncidentClassifier.Warm();
    }

    [Benchmark]
    public int TrainModel() => IncidentModel.Train(training).FeatureCount;

    [Benchmark]
    public IncidentSignal? Classify() => classifier.Classify(Messages[next++ % Messages.Length]);

    [Benchmark]
    public IncidentSignal? ClassifyAdversarial8000() => classifier.Classify(Adversarial[next++ % Adversarial.Length]);

    private static string Repeat(string words) => string.Concat(Enumerable.Repeat(words, (8000 / words.Length) + 1))[..8000];
}
