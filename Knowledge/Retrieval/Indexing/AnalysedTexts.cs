using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace SafetyBot.Knowledge.Retrieval.Indexing;

/// <summary>
/// Texts as the index analyzer turns them into tokens, each analysed once: an article's title and
/// tags stand in every one of its passages, its headings and text again in the article document,
/// and every example question in its own document and in its article's. The chain works token by
/// token, so the tokens of texts joined are the tokens of each text in turn, and replaying them
/// gives the same terms, frequencies and field lengths as analysing the joined text (positions differ
/// across the joins, and no query here uses positions). Build only: not thread-safe.
/// </summary>
internal sealed class AnalysedTexts(Analyzer analyzer)
{
    private readonly Dictionary<string, (string Term, int Increment)[]> tokens = new(StringComparer.Ordinal);

    public Field Field(string name, string text) => Field(name, [text]);

    public Field Field(string name, IEnumerable<string> texts) =>
        new TextField(name, new ReplayedTokens(texts.SelectMany(Of).ToArray()));

    private (string Term, int Increment)[] Of(string text)
    {
        if (!tokens.TryGetValue(text, out var analysed))
        {
            using var stream = analyzer.GetTokenStream(IndexFields.Text, new StringReader(text));
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var list = new List<(string, int)>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                list.Add((term.ToString(), increment.PositionIncrement));
            }

            stream.End();
            tokens[text] = analysed = [.. list];
        }

        return analysed;
    }
}
