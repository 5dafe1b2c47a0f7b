using System.Globalization;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Kb.Evaluation;

/// <summary>
/// The comparison point for <c>kb eval</c>: Lucene's StandardAnalyzer over whole articles, default
/// similarity, no Dutch handling. It refuses only when nothing matches.
/// </summary>
public sealed class BaselineRetriever : IDisposable
{
    private readonly RAMDirectory directory = new();
    private readonly StandardAnalyzer analyzer = new(LuceneVersion.LUCENE_48);
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    public BaselineRetriever(KnowledgeBase knowledge)
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            foreach (var article in knowledge.Articles)
            {
                var text = article.Title + "\n" + article.Lead + "\n" + string.Join("\n", article.Sections.Select(s => s.Heading + "\n" + s.PlainText));
                writer.AddDocument(new Document
                {
                    new StringField("id", article.Id, Field.Store.YES),
                    new TextField("text", text, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
    }

    public IReadOnlyList<string> Rank(string question, int max = 10)
    {
        var query = new BooleanQuery();
        using (var stream = analyzer.GetTokenStream("text", new StringReader(question)))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                query.Add(new TermQuery(new Term("text", term.ToString())), Occur.SHOULD);
            }

            stream.End();
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        return searcher.Search(query, max).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get("id", CultureInfo.InvariantCulture)).ToList();
    }

    public void Dispose()
    {
        reader.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }
}
