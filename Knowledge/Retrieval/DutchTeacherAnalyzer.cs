using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// The Dutch chain for teachers' questions: lower case, apostrophe endings off ("naaktfoto's"),
/// Dutch stopwords, accent folding, synonyms (query side only), compound splitting with a dictionary
/// of parts taken from the knowledge base ("smartphonebeleid" → smartphone + beleid), Snowball Dutch
/// stemming. <see cref="DutchAnalyzer"/> alone neither splits compounds nor strips the apostrophe.
/// </summary>
internal sealed partial class DutchTeacherAnalyzer(CharArraySet compoundParts, SynonymMap? synonyms, CharArraySet stopWords) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Source-generated: compiled ahead of time like the rest of the code, nothing to build at start.</summary>
    [GeneratedRegex(@"['’‘`´]s?$|^['’‘`´]")]
    private static partial Regex ApostropheEnding();

    /// <summary>The index side: no synonyms (they are expanded in the query instead).</summary>
    public static DutchTeacherAnalyzer ForIndex(CharArraySet compoundParts) => new(compoundParts, null, DutchAnalyzer.DefaultStopSet);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new PatternReplaceFilter(stream, ApostropheEnding(), string.Empty, true);
        stream = new StopFilter(Version, stream, stopWords);
        stream = new ASCIIFoldingFilter(stream);
        if (synonyms is not null)
        {
            stream = new SynonymFilter(stream, synonyms, true);
        }

        stream = new DictionaryCompoundWordTokenFilter(Version, stream, compoundParts, minWordSize: 7, minSubwordSize: 3, maxSubwordSize: 20, onlyLongestMatch: true);
        stream = new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
        stream = new LengthFilter(Version, stream, 2, 60);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
