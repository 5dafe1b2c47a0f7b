using System.Text.RegularExpressions;

namespace SafetyBot.UnitTests.Text;

/// <summary>
/// Accent folding, edit distance and word splitting have one implementation each, in Knowledge/Text.
/// This fails when a second copy appears in the product code (Knowledge, Bot, Cards, tools): call
/// TextFolding, EditDistance or WordSplitter instead (add an option there if a caller needs to differ).
/// </summary>
public sealed class TextHelperCopyGuardTests
{
    private const string HelperFolder = "Knowledge/Text/";

    private static readonly string[] ProductFolders = ["Knowledge", "Bot", "Cards", "tools"];

    /// <summary>Each tell-tale, with a line from one of the copies it replaced (so the pattern is known to catch it).</summary>
    public static TheoryData<string, string, string> TellTales => new()
    {
        { "accent folding (form D)", @"NormalizationForm\s*\.\s*FormD", "var decomposed = word.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD);" },
        { "accent folding (marks)", @"UnicodeCategory\s*\.\s*NonSpacingMark", "if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)" },
        { "edit distance table", @"\[\s*i\s*-\s*1\s*,\s*j\s*-\s*1\s*\]", "d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);" },
        { "edit distance cost", @"\[\s*i\s*-\s*1\s*\]\s*==\s*\w+\s*\[\s*j\s*-\s*1\s*\]", "previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)" },
        { "one-edit check", @"\+\+\s*edits\b|\bedits\s*\+\+", "if (++edits > 1)" },
        { "word separators list", @"\.Split\(\s*(\[|new\s*(char|string)?\s*\[\s*\]\s*\{)[^\]\}]*['""] ['""]", "text.Split([' ', '\\n', '.', ',', ';', ':', '!', '?', '(', ')', '\"', '\\'', '/', '-'], StringSplitOptions.RemoveEmptyEntries);" },
        { "word separators field", @"\b\w*Separators\s*=\s*(\[|new)", "private static readonly string[] Separators = [\" \", \",\", \".\", \"!\", \"?\"];" },
        { "white-space split", @"\.Split\(\s*\(\s*(char|string)\s*\[\s*\]\s*\?\s*\)\s*null", "var rawWords = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);" },
    };

    [Theory]
    [MemberData(nameof(TellTales))]
    public void A_text_helper_is_written_only_in_Knowledge_Text(string what, string pattern, string copiedLine)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant);
        Assert.True(regex.IsMatch(copiedLine), $"the {what} pattern no longer catches the line it was written for");

        var copies = ProductSources()
            .Where(file => !file.Relative.StartsWith(HelperFolder, StringComparison.Ordinal) && regex.IsMatch(File.ReadAllText(file.Full)))
            .Select(file => file.Relative)
            .ToList();

        Assert.True(copies.Count == 0, $"{what} is written again in {string.Join(", ", copies)}: use TextFolding, EditDistance or WordSplitter in {HelperFolder}");
    }

    [Fact]
    public void The_guard_sees_the_product_code_and_the_helpers()
    {
        var sources = ProductSources().Select(f => f.Relative).ToList();
        Assert.Contains("Knowledge/Text/TextFolding.cs", sources);
        Assert.Contains("Knowledge/Text/EditDistance.cs", sources);
        Assert.Contains("Knowledge/Text/WordSplitter.cs", sources);
        Assert.Contains("Bot/Routing/Commands.cs", sources);
        Assert.DoesNotContain(sources, s => s.Contains("/obj/", StringComparison.Ordinal) || s.Contains("/bin/", StringComparison.Ordinal));
    }

    private static IEnumerable<(string Full, string Relative)> ProductSources()
    {
        var root = RepositoryPaths.Root;
        return ProductFolders
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Select(full => (Full: full, Relative: Path.GetRelativePath(root, full).Replace('\\', '/')))
            .Where(file => !file.Relative.Split('/').Any(part => part is "bin" or "obj"));
    }
}
