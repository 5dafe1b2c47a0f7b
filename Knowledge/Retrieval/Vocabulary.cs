using Lucene.Net.Index;
using SafetyBot.Knowledge.Text;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// The words of the passage fields with their document frequency (the largest over the fields),
/// bucketed by first letter and length so that a typo is corrected by looking at a few dozen
/// words instead of the whole vocabulary.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> docFreq;
    private readonly Dictionary<string, int> fields;
    private readonly Dictionary<(char First, int Length), string[]> buckets;
    private readonly int passageCount;
    private readonly RankingWeights weights;

    private Vocabulary(Dictionary<string, int> docFreq, Dictionary<string, int> fields, int passageCount, RankingWeights weights)
    {
        this.docFreq = docFreq;
        this.fields = fields;
        this.passageCount = passageCount;
        this.weights = weights;
        buckets = docFreq.Keys.Where(w => w.Length > 0)
            .GroupBy(w => (w[0], w.Length))
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>
    /// Reads the words of the fields; only the first <paramref name="frequencyFields"/> (the passage
    /// fields) count towards a word's document frequency, the rest make a word known.
    /// <paramref name="passageCount"/> is the number of passage documents, for the idf.
    /// </summary>
    public static Vocabulary Load(IndexReader reader, string[] fieldNames, int frequencyFields, int passageCount, RankingWeights weights)
    {
        var docFreq = new Dictionary<string, int>(StringComparer.Ordinal);
        var fields = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fieldNames.Length; i++)
        {
            var terms = MultiFields.GetTerms(reader, fieldNames[i]);
            if (terms is null)
            {
                continue;
            }

            var iterator = terms.GetEnumerator();
            while (iterator.MoveNext())
            {
                var word = iterator.Term.Utf8ToString();
                docFreq[word] = Math.Max(docFreq.GetValueOrDefault(word), i < frequencyFields ? iterator.DocFreq : 0);
                fields[word] = fields.GetValueOrDefault(word) | (1 << i);
            }
        }

        return new Vocabulary(docFreq, fields, Math.Max(1, passageCount), weights);
    }

    /// <summary>The passage fields that hold the word, as bits (bit i = field i as loaded).</summary>
    public int Fields(string word) => fields.GetValueOrDefault(word);

    public bool Contains(string word) => docFreq.ContainsKey(word);

    public int DocFreq(string word) => docFreq.GetValueOrDefault(word);

    /// <summary>Inverse document frequency over passages; a word the index has never seen weighs as much as its rarest word.</summary>
    public double Idf(string term)
    {
        var frequency = Math.Max(1, DocFreq(term));
        return Math.Log(1 + ((passageCount - frequency + 0.5) / (frequency + 0.5)));
    }

    /// <summary>
    /// The closest indexed word to a word the index does not know (a typo): edit distance 1, or 2
    /// for long words, same first letter; among equals the most common. Short words are not corrected.
    /// </summary>
    public string? Closest(string word)
    {
        if (word.Length < weights.MinCorrectedLength)
        {
            return null;
        }

        var maxEdits = word.Length >= weights.TwoEditsFromLength ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        for (var length = word.Length - maxEdits; length <= word.Length + maxEdits; length++)
        {
            if (!buckets.TryGetValue((word[0], length), out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                var distance = EditDistance.Levenshtein(candidate, word, maxEdits);
                if (distance > maxEdits || distance > bestDistance)
                {
                    continue;
                }

                var frequency = docFreq[candidate];
                if (distance < bestDistance || frequency > bestFrequency)
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
                }
            }
        }

        return best;
    }
}
