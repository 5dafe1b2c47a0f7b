using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>Searchers that score with the index's similarity (BM25).</summary>
internal sealed class PassageSearcherFactory(Similarity similarity) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
}
