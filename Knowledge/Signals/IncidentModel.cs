using System.Runtime.CompilerServices;
using Lucene.Net.Tartarus.Snowball.Ext;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Text;

namespace SafetyBot.Knowledge.Signals;

/// <summary>
/// A small statistical reading of a message for the incident types: a multinomial logistic regression
/// over stemmed words, pairs of neighbouring words and letter 4-grams (which survive typos and Dutch
/// compounds), trained when first used from the bundled training messages
/// (<c>Knowledge/Signals/training/*.yml</c>, teachers' messages labelled with their incident type or
/// "none"). It hears a situation told in words the rules do not list; the rules keep the phrases that
/// must always fire. Deterministic: the same messages give the same weights.
/// </summary>
internal sealed class IncidentModel
{
    /// <summary>Class 0 is "no incident"; class i is <see cref="Types"/>[i - 1].</summary>
    private static readonly IncidentType[] Types = Enum.GetValues<IncidentType>();

    private readonly Dictionary<string, int> features;
    private readonly float[] weights;
    private readonly int classes;

    private IncidentModel(Dictionary<string, int> features, float[] weights, int classes)
    {
        this.features = features;
        this.weights = weights;
        this.classes = classes;
    }

    public int FeatureCount => features.Count;

    /// <summary>Trains on normalised messages (see <see cref="IncidentClassifier.Normalize"/>); null type means no incident.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, at start: straight to optimised code
    public static IncidentModel Train(IReadOnlyList<(string Normalized, IncidentType? Type)> examples, int epochs = 30, double learningRate = 0.5, double l2 = 1e-5)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var encoded = new List<(int[] Features, int Label)>(examples.Count);
        foreach (var (text, type) in examples)
        {
            var ids = Features(text).Select(f => vocabulary.TryGetValue(f, out var id) ? id : vocabulary[f] = vocabulary.Count).ToArray();
            encoded.Add((ids, type is null ? 0 : Array.IndexOf(Types, type.Value) + 1));
        }

        var classes = Types.Length + 1;
        var weights = new float[(vocabulary.Count + 1) * classes]; // the last row is the bias
        var bias = vocabulary.Count;
        var order = Enumerable.Range(0, encoded.Count).ToArray();
        var random = new Random(20261125);
        var scores = new double[classes];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = learningRate / (1 + epoch * 0.1);
            foreach (var index in order)
            {
                var (ids, label) = encoded[index];
                var scale = 1 / Math.Sqrt(Math.Max(1, ids.Length));
                Probabilities(weights, ids, scale, bias, classes, scores);
                for (var c = 0; c < classes; c++)
                {
                    var gradient = scores[c] - (c == label ? 1 : 0);
                    var step = (float)(rate * gradient * scale);
                    foreach (var id in ids)
                    {
                        ref var w = ref weights[(id * classes) + c];
                        w -= step + (float)(rate * l2 * w);
                    }

                    weights[(bias * classes) + c] -= (float)(rate * gradient);
                }
            }
        }

        return new IncidentModel(vocabulary, weights, classes);
    }

    /// <summary>The most likely incident type and its probability, or null when "no incident" is the most likely.</summary>
    public (IncidentType? Type, double Probability) Predict(string normalized)
    {
        var (type, probability, _) = Read(normalized);
        return (type, probability);
    }

    /// <summary>
    /// <see cref="Predict"/>, how likely the message is of no incident type at all, and any other type's
    /// probability, from one pass over its features: the classifier needs them for one message.
    /// </summary>
    public Reading Read(string normalized)
    {
        var scores = Distribution(normalized);
        var best = 0;
        for (var c = 1; c < classes; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return new Reading(best == 0 ? null : Types[best - 1], scores);
    }

    /// <summary>One message's reading: the most likely type (null: no incident) and every class's probability.</summary>
    public readonly struct Reading(IncidentType? type, double[] scores)
    {
        public IncidentType? Type => type;

        /// <summary>The most likely class's probability (of no incident, when <see cref="Type"/> is null).</summary>
        public double Probability => scores[type is { } t ? Array.IndexOf(Types, t) + 1 : 0];

        public double NoIncident => scores[0];

        /// <summary>The probability that the message is an incident of this type.</summary>
        public double Of(IncidentType other) => scores[Array.IndexOf(Types, other) + 1];

        public void Deconstruct(out IncidentType? type, out double probability, out double noIncident) =>
            (type, probability, noIncident) = (Type, Probability, NoIncident);
    }

    private double[] Distribution(string normalized)
    {
        var all = Features(normalized);
        var ids = all.Select(f => features.TryGetValue(f, out var id) ? id : -1).Where(id => id >= 0).ToArray();
        var scores = new double[classes];
        Probabilities(weights, ids, 1 / Math.Sqrt(Math.Max(1, all.Count)), features.Count, classes, scores);
        return scores;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Probabilities(float[] weights, int[] ids, double scale, int bias, int classes, double[] scores)
    {
        var max = double.MinValue;
        for (var c = 0; c < classes; c++)
        {
            double sum = weights[(bias * classes) + c];
            foreach (var id in ids)
            {
                sum += weights[(id * classes) + c] * scale;
            }

            scores[c] = sum;
            max = Math.Max(max, sum);
        }

        var total = 0.0;
        for (var c = 0; c < classes; c++)
        {
            scores[c] = Math.Exp(scores[c] - max);
            total += scores[c];
        }

        for (var c = 0; c < classes; c++)
        {
            scores[c] /= total;
        }
    }

    /// <summary>Stemmed words, neighbouring word pairs and the letter 4-grams of each word, each once.</summary>
    internal static HashSet<string> Features(string normalized)
    {
        var stemmer = new DutchStemmer();
        var words = WordSplitter.Split(normalized, WordBreaks.Space);
        var stems = new string[words.Length];
        var result = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            stemmer.SetCurrent(words[i]);
            stemmer.Stem();
            stems[i] = stemmer.Current;
            result.Add("w:" + stems[i]);
            if (i > 0)
            {
                result.Add("b:" + stems[i - 1] + "_" + stems[i]);
            }

            var padded = "<" + words[i] + ">";
            for (var j = 0; j + 4 <= padded.Length && words[i].Length >= 4; j++)
            {
                result.Add(string.Concat("c:", padded.AsSpan(j, 4)));
            }
        }

        return result;
    }
}
