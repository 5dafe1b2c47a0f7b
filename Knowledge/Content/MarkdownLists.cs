namespace SafetyBot.Knowledge.Content;

/// <summary>List items from section Markdown, for cards that show steps or do's and don'ts.</summary>
public static class MarkdownLists
{
    /// <summary>The bullet or numbered items of a Markdown block, each as one line of Markdown.</summary>
    public static IReadOnlyList<string> Items(string markdown) => ItemsAfter(markdown, label: null);

    /// <summary>The items of the list that follows a line starting with <paramref name="label"/> (e.g. "Wel doen:").</summary>
    public static IReadOnlyList<string> ItemsAfter(string markdown, string? label)
    {
        var items = new List<string>();
        var inList = label is null;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.Trim();
            if (label is not null && !IsItem(line) && line.Length > 0)
            {
                if (inList && items.Count > 0)
                {
                    break;
                }

                inList = line.StartsWith(label, StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (inList && IsItem(line))
            {
                items.Add(StripMarker(line));
            }
            else if (inList && items.Count > 0 && line.Length > 0 && label is null)
            {
                // A continuation line of the previous item.
                items[^1] += " " + line;
            }
        }

        return items;
    }

    private static bool IsItem(string line) =>
        line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal) || NumberedPrefix(line) > 0;

    private static string StripMarker(string line)
    {
        if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
        {
            return line[2..].Trim();
        }

        return line[NumberedPrefix(line)..].Trim();
    }

    private static int NumberedPrefix(string line)
    {
        var i = 0;
        while (i < line.Length && char.IsAsciiDigit(line[i]))
        {
            i++;
        }

        return i > 0 && i + 1 < line.Length && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ' ? i + 2 : 0;
    }
}
