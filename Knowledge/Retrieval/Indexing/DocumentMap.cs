using System.Globalization;
using Lucene.Net.Index;

namespace SafetyBot.Knowledge.Retrieval.Indexing;

/// <summary>
/// What each document number stands for: a passage, an article, or an example question of an article
/// or out-of-scope topic. The index is built once and never changes, so document numbers are fixed and
/// the stored fields are read once, when it opens.
/// </summary>
internal sealed class DocumentMap
{
    private readonly Passage?[] passageByDoc;
    private readonly string?[] articleByDoc;
    private readonly string?[] questionOwnerByDoc;
    private readonly Dictionary<string, int> articleDocs = new(StringComparer.Ordinal);

    public DocumentMap(IndexReader reader, IReadOnlyDictionary<string, Passage> passages)
    {
        passageByDoc = new Passage?[reader.MaxDoc];
        articleByDoc = new string?[reader.MaxDoc];
        questionOwnerByDoc = new string?[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var stored = reader.Document(doc);
            switch (stored.Get(IndexFields.Type, CultureInfo.InvariantCulture))
            {
                case IndexFields.TypePassage:
                    passageByDoc[doc] = passages[stored.Get(IndexFields.Id, CultureInfo.InvariantCulture)];
                    break;
                case IndexFields.TypeArticle:
                    articleByDoc[doc] = stored.Get(IndexFields.Article, CultureInfo.InvariantCulture);
                    articleDocs[articleByDoc[doc]!] = doc;
                    break;
                default:
                    questionOwnerByDoc[doc] = stored.Get(IndexFields.Article, CultureInfo.InvariantCulture);
                    break;
            }
        }
    }

    /// <summary>The passage a document holds, or null when it is not a passage document.</summary>
    public Passage? PassageOf(int doc) => passageByDoc[doc];

    /// <summary>The article a document holds, or null when it is not an article document.</summary>
    public string? ArticleOf(int doc) => articleByDoc[doc];

    /// <summary>The article or out-of-scope topic whose example question a document holds, or null.</summary>
    public string? QuestionOwnerOf(int doc) => questionOwnerByDoc[doc];

    /// <summary>The document number of an article's document.</summary>
    public int ArticleDoc(string articleId) => articleDocs[articleId];
}
