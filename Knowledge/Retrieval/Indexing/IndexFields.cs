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

    // The vocabulary fields as bits, in the order of VocabularyFields.
    private const int FromText = 1;
    private const int FromTitle = 2;
    private const int FromHeading = 4;
    private const int FromTags = 8;
    private const int FromQuestions = 16;

    /// <summary>The passage documents' searched fields.</summary>
    public static SearchField[] PassageFields(RankingWeights weights) =>
    [
        new(Text, 1.0f, FromText), new(Title, weights.TitleBoost, FromTitle), new(Heading, weights.HeadingBoost, FromHeading), new(Tags, weights.TagsBoost, FromTags),
    ];

    /// <summary>The article documents' searched fields; the article text holds the headings too.</summary>
    public static SearchField[] ArticleFields(RankingWeights weights) =>
    [
        new(ArticleText, 1.0f, FromText | FromHeading), new(ArticleTitle, weights.TitleBoost, FromTitle), new(ArticleTags, weights.TagsBoost, FromTags),
        new(ArticleQuestions, weights.ExampleQuestionsBoost, FromQuestions),
    ];

    /// <summary>The example-question documents' searched field.</summary>
    public static SearchField[] QuestionFields() => [new(Question, 1.0f, FromQuestions)];
}
