namespace SafetyBot.Knowledge.Text;

/// <summary>
/// Edit distances, the one implementation of each variant (a copy-guard test keeps it so). With a
/// <c>maxDistance</c>, a distance up to it is exact and a larger one is reported as
/// <c>maxDistance + 1</c>, which lets the computation stop early.
/// </summary>
public static class EditDistance
{
    /// <summary>
    /// Levenshtein distance: insertions, deletions and substitutions (a swap of two neighbours is two
    /// edits). Stops as soon as a whole row of the table exceeds <paramref name="maxDistance"/>.
    /// </summary>
    public static int Levenshtein(string a, string b, int maxDistance = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        var length = 2 * (b.Length + 1);
        var rows = length <= 512 ? stackalloc int[length] : new int[length];
        var previous = rows[..(b.Length + 1)];
        var current = rows[(b.Length + 1)..];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > maxDistance)
            {
                return maxDistance + 1;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return Capped(previous[b.Length], maxDistance);
    }

    /// <summary>
    /// Optimal string alignment distance: Levenshtein plus the swap of two neighbours as one edit
    /// ("rolmdoel" is one typo from "rolmodel"); a substring is edited at most once.
    /// </summary>
    public static int OptimalStringAlignment(string a, string b, int maxDistance = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        if (Math.Abs(a.Length - b.Length) > maxDistance)
        {
            return maxDistance + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return Capped(d[a.Length, b.Length], maxDistance);
    }

    /// <summary>
    /// Whether the words are at most one edit apart, a swap of two neighbours ("gehakct") counting as
    /// one: the same answer as <c>OptimalStringAlignment(a, b, 1) &lt;= 1</c>, in one pass without a table.
    /// </summary>
    public static bool IsWithinOneEdit(string a, string b)
    {
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (a.Length < b.Length)
            {
                j++;
            }
            else if (i + 1 < a.Length && a[i] == b[j + 1] && a[i + 1] == b[j])
            {
                i += 2;
                j += 2;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }

    private static int Capped(int distance, int maxDistance) => distance > maxDistance ? maxDistance + 1 : distance;
}
