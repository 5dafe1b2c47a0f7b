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
}
