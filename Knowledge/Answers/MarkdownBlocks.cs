using Markdig;
using Markdig.Syntax;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Knowledge.Answers;

/// <summary>A top-level block of a section, whole: a paragraph, or a list with its items.</summary>
public sealed record AnswerBlock(string? Paragraph, IReadOnlyList<string> Items)
{
    public bool IsList => Items.Count > 0;
}

/// <summary>
/// Splits a section's Markdown into its top-level paragraphs and lists, each whole, as card Markdown
/// (id-links become bold text; emphasis stays). A list item keeps all its lines; nothing is cut mid-sentence.
/// </summary>
public static class MarkdownBlocks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static IReadOnlyList<AnswerBlock> Of(string markdown)
    {
        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
        var blocks = new List<AnswerBlock>();
        foreach (var block in Markdown.Parse(text, Pipeline))
        {
            switch (block)
            {
                case ListBlock list:
                    var items = list.OfType<ListItemBlock>()
                        .Select(item => Flatten(ItemText(text, item)))
                        .Where(item => item.Length > 0)
                        .ToList();
                    if (items.Count > 0)
                    {
                        blocks.Add(new AnswerBlock(null, items));
                    }

                    break;
                case ParagraphBlock or QuoteBlock:
                    var paragraph = Flatten(text[block.Span.Start..(block.Span.End + 1)]);
                    if (paragraph.Length > 0)
                    {
                        blocks.Add(new AnswerBlock(paragraph, []));
                    }

                    break;
            }
        }

        return blocks;
    }

    /// <summary>An item's own text: its source lines without the bullet or number.</summary>
    private static string ItemText(string text, ListItemBlock item)
    {
        if (item.Count == 0)
        {
            return string.Empty;
        }

        var start = item[0].Span.Start;
        var end = item[^1].Span.End + 1;
        return start < end && end <= text.Length ? text[start..end] : string.Empty;
    }

    /// <summary>One line of card Markdown: quote markers and line breaks become spaces, id-links bold text.</summary>
    private static string Flatten(string markdown)
    {
        var lines = markdown.Split('\n').Select(line => line.Trim().TrimStart('>').Trim());
        return MarkdownContentParser.ForCard(string.Join(' ', lines.Where(l => l.Length > 0)));
    }
}
