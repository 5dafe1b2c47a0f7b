using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SafetyBot.Knowledge.Retrieval.Indexing;

/// <summary>A token stream that plays back tokens analysed before.</summary>
internal sealed class ReplayedTokens : TokenStream
{
    private readonly (string Term, int Increment)[] tokens;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private int next;

    public ReplayedTokens((string Term, int Increment)[] tokens)
    {
        this.tokens = tokens;
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (next >= tokens.Length)
        {
            return false;
        }

        ClearAttributes();
        term.SetEmpty().Append(tokens[next].Term);
        increment.PositionIncrement = tokens[next].Increment;
        next++;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
    }
}
