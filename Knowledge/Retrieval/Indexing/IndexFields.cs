namespace SafetyBot.Knowledge.Retrieval.Indexing;

/// <summary>
/// The names of the index's fields and document types, and which fields a search asks. Three kinds of
/// document: one per passage, one per article and one per example question.
/// </summary>
internal static class IndexFields
{
    public const string Id = "id";
    public const string Article = "articleId";
    public const string Title = "title";
    public const string Heading = "heading";
    public const string Tags = "tags";
    public const string Text = "text";
    public const string ArticleTitle = "articleTitle";
    public const string ArticleTags = "articleTags";
    public const string ArticleText = "articleText";
    public const string Audience = "audience";
    public const string Question = "question";
    public const string ArticleQuestions = "articleQuestions";
    public const string Type = "type";
    public const string TypePassage = "passage";
    public const string TypeArticle = "article";
    public const string TypeQuestion = "question";

    /// <summary>
    /// The fields whose words make the vocabulary: the passage fields, then the example questions;
    /// bit i of a word's field mask is field i.
    /// </summary>
    public static readonly string[] VocabularyFields = [Text, Title, Heading, Tags, Question];

    /// <summary>The first this many vocabulary fields are the passage fields, whose document frequencies give a word's idf.</summary>
    public const int PassageVocabularyFields = 4;

    // Sources: the vocabulary fields a searched field's words come from, so that a query asks a field
    // only for words it holds.
    public static readonly (string Field, float Boost, int Sources)[] PassageFields =
    [
        (Text, 1.0f, 1), (Title, 1.6f, 2), (Heading, 1.2f, 4), (Tags, 1.3f, 8),
    ];

    public static readonly (string Field, float Boost, int Sources)[] ArticleFields =
    [
        (ArticleText, 1.0f, 1 | 4), (ArticleTitle, 1.6f, 2), (ArticleTags, 1.3f, 8), (ArticleQuestions, 1.0f, 16),
    ];

    public static readonly (string Field, float Boost, int Sources)[] QuestionFields = [(Question, 1.0f, 16)];
}
