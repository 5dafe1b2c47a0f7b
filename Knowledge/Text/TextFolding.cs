using System.Globalization;
using System.Text;

namespace SafetyBot.Knowledge.Text;

/// <summary>
/// Accent folding, the one implementation (a copy-guard test keeps it the only one): "café" and
/// "cafe" become the same word. The text is decomposed (Unicode form D) and its non-spacing marks
/// are dropped; nothing is recomposed and no compatibility mapping happens, so "ĳ" stays "ĳ" and
/// "ß" stays "ß".
/// </summary>
public static class TextFolding
{
    /// <summary>Accents removed, case kept: "Zoë" → "Zoe".</summary>
    public static string RemoveAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Lower case (invariant culture), then accents removed: "Zoë" → "zoe".</summary>
    public static string FoldLower(string text) => RemoveAccents(text.ToLowerInvariant());
}
