using Lucene.Net.Search;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// A searcher acquired from a <see cref="SearcherManager"/> for the length of a <c>using</c> scope:
/// acquired when constructed, released when disposed.
/// </summary>
internal readonly struct SearcherLease : IDisposable
{
    private readonly SearcherManager manager;

    public SearcherLease(SearcherManager manager)
    {
        this.manager = manager;
        Searcher = manager.Acquire();
    }

    public IndexSearcher Searcher { get; }

    public void Dispose() => manager.Release(Searcher);
}
