using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Hunspell;
using Lucene.Net.Analysis.TokenAttributes;

namespace SafetyBot.Knowledge.Masking;

/// <summary>
/// Whether a lower-case word is an ordinary Dutch word, inflected or not ("gisteren", "stuurde", "appjes"):
/// OpenTaal's Hunspell dictionary without its proper nouns (<c>Masking/Dutch</c>), read by Lucene.Net's Hunspell
/// stemmer. Built once and shared (load time and memory: docs/performance.md); thread-safe.
/// Lucene.Net 4.8 does not apply Hunspell's compound rules, and on purpose nothing here makes up for it: a compound
/// that OpenTaal does not list is not a word, because Dutch surnames are so often made of two words (Rietveld,
/// Dijkhuizen, Kortstam) that counting such compounds cost five points of recall on the held-out names and saved
/// no false mask in the evaluation questions.
/// </summary>
public sealed class DutchLexicon
{
    private static readonly Lazy<DutchLexicon> Bundled = new(LoadBundled);

    private readonly Dictionary dictionary;
    private readonly HashSet<string> entries;

    private DutchLexicon(Dictionary dictionary, HashSet<string> entries)
    {
        this.dictionary = dictionary;
        this.entries = entries;
    }

    /// <summary>The bundled dictionary, loaded on first use.</summary>
    public static DutchLexicon Shared => Bundled.Value;

    /// <summary>Loads the dictionary now, so that the first masked message does not wait for it.</summary>
    public static void Warm() => _ = Bundled.Value.Contains("gisteren");

    /// <param name="word">A word in lower case, without surrounding punctuation.</param>
    public bool Contains(string word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        // "e-mailadres", "online-pesten": every part a word.
        return IsWord(word)
            || (word.Contains('-', StringComparison.Ordinal) && word.Split('-', StringSplitOptions.RemoveEmptyEntries).All(IsWord));
    }

    /// <summary>An entry of the dictionary, or a form the stemmer traces back to one.</summary>
    private bool IsWord(string word)
    {
        if (entries.Contains(word))
        {
            return true;
        }

        // The stem filter passes an unknown word through unchanged, so only a different stem proves a known form.
        using var tokenizer = new KeywordTokenizer(new StringReader(word));
        using var stems = new HunspellStemFilter(tokenizer, dictionary, dedup: true, longestOnly: false);
        var term = stems.AddAttribute<ICharTermAttribute>();
        stems.Reset();
        var known = false;
        while (stems.IncrementToken())
        {
            known |= !term.ToString().Equals(word, StringComparison.Ordinal);
        }

        stems.End();
        return known;
    }

    /// <summary>A fresh copy of the bundled dictionary (the benchmark of its load; the app uses <see cref="Shared"/>).</summary>
    internal static DutchLexicon LoadBundled()
    {
        var affix = Resource("masking/nl.aff");
        var words = Resource("masking/nl.dic");
        var dictionary = new Dictionary(new MemoryStream(affix, writable: false), new MemoryStream(words, writable: false));

        using var reader = new StreamReader(new MemoryStream(words, writable: false));
        _ = reader.ReadLine();
        var entries = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var flags = line.IndexOf('/', StringComparison.Ordinal);
            entries.Add(flags < 0 ? line : line[..flags]);
        }

        return new DutchLexicon(dictionary, entries);
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(DutchLexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
