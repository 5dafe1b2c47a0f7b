using Lucene.Net.Documents;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Knowledge.Retrieval.Indexing;

/// <summary>
/// The Lucene documents of the index. They index only what is searched and store only what the index
/// reads back when it opens (a passage's id, an article's or example question's owner, and every
/// document's type): each unsearched field was work for every one of about 2,000 documents at start.
/// </summary>
internal static class IndexDocuments
{
    /// <summary>An article's passages: its lead (when it has one), then one per section.</summary>
    public static IEnumerable<Passage> Passages(Article article)
    {
        if (!string.IsNullOrWhiteSpace(article.Lead))
        {
            yield return new Passage($"{article.Id}#inleiding", article.Id, article.Title, "inleiding", article.Title,
                MarkdownContentParser.ToPlainText(article.Lead), article.Audience);
        }

        foreach (var section in article.Sections)
        {
            yield return new Passage($"{article.Id}#{section.Id}", article.Id, article.Title, section.Id, section.Heading,
                section.PlainText, article.Audience);
        }
    }

    /// <summary>One passage with its article's title and tags.</summary>
    public static Document ForPassage(Passage passage, string tags, AnalysedTexts analysed)
    {
        var document = new Document
        {
            new StringField(IndexFields.Id, passage.Id, Field.Store.YES),
            new StoredField(IndexFields.Type, IndexFields.TypePassage),
            analysed.Field(IndexFields.Title, passage.ArticleTitle),
            analysed.Field(IndexFields.Heading, passage.Heading),
            analysed.Field(IndexFields.Tags, tags),
            analysed.Field(IndexFields.Text, passage.Text),
        };
        AddAudience(document, passage.Audience);
        return document;
    }

    /// <summary>The whole article as one document: its title, tags, headings and text.</summary>
    public static Document ForArticle(Article article, IEnumerable<Passage> articlePassages, AnalysedTexts analysed)
    {
        var document = new Document
        {
            new StringField(IndexFields.Id, article.Id, Field.Store.NO),
            new StoredField(IndexFields.Article, article.Id),
            new StoredField(IndexFields.Type, IndexFields.TypeArticle),
            analysed.Field(IndexFields.ArticleTitle, article.Title),
            analysed.Field(IndexFields.ArticleTags, string.Join(' ', article.Tags)),
            analysed.Field(IndexFields.ArticleText, articlePassages.SelectMany(p => new[] { p.Heading, p.Text })),
            analysed.Field(IndexFields.ArticleQuestions, article.Questions),
        };
        AddAudience(document, article.Audience);
        return document;
    }

    /// <summary>One example question of an article or an out-of-scope topic.</summary>
    public static Document ForQuestion(ContentDocument owner, int index, AnalysedTexts analysed)
    {
        var document = new Document
        {
            new StoredField(IndexFields.Article, owner.Id),
            new StoredField(IndexFields.Type, IndexFields.TypeQuestion),
            analysed.Field(IndexFields.Question, owner.Questions[index]),
        };
        AddAudience(document, owner.Audience);
        return document;
    }

    private static void AddAudience(Document document, Audience audience)
    {
        foreach (var code in AudienceCodes.Codes(audience))
        {
            document.Add(new StringField(IndexFields.Audience, code, Field.Store.NO));
        }
    }
}
