using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using SafetyBot.Knowledge.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SafetyBot.Knowledge.Content;

/// <summary>The front matter as written; validation decides what is missing.</summary>
public sealed class FrontMatter
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public List<string>? Audience { get; set; }
    public string? Kind { get; set; }
    public List<string>? Tags { get; set; }
    public string? Source { get; set; }
    public string? Reviewed { get; set; }
    public List<string>? Related { get; set; }
    public List<string>? Questions { get; set; }

    /// <summary>English example questions of an article (front matter <c>questions_en</c>), searched only for English questions.</summary>
    [YamlDotNet.Serialization.YamlMember(Alias = "questions_en", ApplyNamingConventions = false)]
    public List<string>? QuestionsEn { get; set; }

    public string? Incident { get; set; }
    public string? Topic { get; set; }
    public bool Model { get; set; }

    /// <summary>Facts that can change (a minimum age, a phone number, opening hours, a statute), for the content owner to confirm.</summary>
    public List<ConfirmEntry>? Confirm { get; set; }
}

/// <summary>One entry of <c>confirm:</c> in front matter: the claim as the text makes it, and where to check it.</summary>
public sealed class ConfirmEntry
{
    public string? Claim { get; set; }
    public string? Source { get; set; }
}

/// <summary>A parsed file: front matter, title, lead and sections, or the reason it could not be read.</summary>
public sealed record ParsedContent(ContentFile File, FrontMatter? Front, string Title, string Lead, IReadOnlyList<ContentSection> Sections, IReadOnlyList<string> Links, string? Error)
{
    /// <summary>Whether the section's heading names its id (<c>## Kop {#id}</c>) rather than getting one from its text.</summary>
    internal bool HeadingHasId(ContentSection section) => File.Text.Contains($"{{#{section.Id}", StringComparison.Ordinal);
}

/// <summary>
/// Reads Markdown with YAML front matter. Markdig finds the block structure; section text is sliced from
/// the source so placeholders such as <c>{Management}</c> survive untouched. Heading attributes
/// <c>{#id .class}</c> give a section its stable id.
/// </summary>
public static partial class MarkdownContentParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .WithDuplicateKeyChecking()
        .Build();

    public static ParsedContent Parse(ContentFile file)
    {
        var text = file.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var match = FrontMatterBlock().Match(text);
        if (!match.Success)
        {
            return Fail(file, "no YAML front matter (--- ... --- at the top)");
        }

        FrontMatter? front;
        try
        {
            front = Yaml.Deserialize<FrontMatter>(match.Groups["yaml"].Value) ?? new FrontMatter();
        }
        catch (YamlException ex)
        {
            return Fail(file, $"front matter is not valid YAML (line {ex.Start.Line}): {ex.Message}");
        }

        var body = text[match.Length..];
        var document = Markdown.Parse(body, Pipeline);
        var title = string.Empty;
        var leadStart = 0;
        var headings = new List<HeadingBlock>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level == 1 && title.Length == 0 && headings.Count == 0)
            {
                title = InlineText(body, heading);
                leadStart = heading.Span.End + 1;
            }
            else if (heading.Level == 2)
            {
                headings.Add(heading);
            }
        }

        var leadEnd = headings.Count > 0 ? headings[0].Span.Start : body.Length;
        var lead = body[Math.Min(leadStart, leadEnd)..leadEnd].Trim();
        var sections = new List<ContentSection>();
        for (var i = 0; i < headings.Count; i++)
        {
            var start = headings[i].Span.End + 1;
            var end = i + 1 < headings.Count ? headings[i + 1].Span.Start : body.Length;
            var raw = InlineText(body, headings[i]);
            var (heading, id, classes) = SplitAttributes(raw);
            var markdown = start < end ? body[start..end].Trim() : string.Empty;
            sections.Add(new ContentSection(id ?? Slug(heading), heading, markdown, ToPlainText(markdown), classes));
        }

        var links = LinkPattern().Matches(body).Select(m => m.Groups["id"].Value).Distinct().ToArray();
        return new ParsedContent(file, front, title, lead, sections, links, null);
    }

    /// <summary>Markdown to plain text for the index and for sentence picking: links keep their text.</summary>
    public static string ToPlainText(string markdown)
    {
        var withoutIdLinks = LinkPattern().Replace(markdown, "${text}");
        var plain = Markdown.ToPlainText(withoutIdLinks, Pipeline).Replace("\r", string.Empty, StringComparison.Ordinal);

        // Lines are kept: list items and paragraphs are sentence boundaries for the answer composer.
        var lines = plain.Split('\n').Select(line => SpaceRun().Replace(line, " ").Trim()).Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    /// <summary>Markdown for a card: id-links become bold text (the card offers the article as a button instead).</summary>
    public static string ForCard(string markdown) => LinkPattern().Replace(markdown, "**${text}**");

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string Slug(string heading)
    {
        var chars = TextFolding.FoldLower(heading).Select(c => char.IsLetterOrDigit(c) ? c : '-');
        return DashRun().Replace(new string([.. chars]), "-").Trim('-');
    }

    private static (string Heading, string? Id, IReadOnlySet<string> Classes) SplitAttributes(string heading)
    {
        var match = HeadingAttributes().Match(heading);
        if (!match.Success)
        {
            return (heading.Trim(), null, new HashSet<string>());
        }

        string? id = null;
        var classes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in match.Groups["attrs"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.StartsWith('#'))
            {
                id = token[1..];
            }
            else if (token.StartsWith('.'))
            {
                classes.Add(token[1..]);
            }
        }

        return (heading[..match.Index].Trim(), id, classes);
    }

    private static string InlineText(string body, HeadingBlock heading)
    {
        var line = body.Substring(heading.Span.Start, heading.Span.Length);
        return line.TrimStart('#').Trim();
    }

    private static ParsedContent Fail(ContentFile file, string error) => new(file, null, string.Empty, string.Empty, [], [], error);

    [GeneratedRegex(@"\A---\n(?<yaml>.*?)\n---[ \t]*(\n|\z)", RegexOptions.Singleline)]
    private static partial Regex FrontMatterBlock();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\(id:(?<id>[^)\s]+)\)")]
    public static partial Regex LinkPattern();

    [GeneratedRegex(@"\s*\{(?<attrs>[#.][^}]*)\}\s*$")]
    private static partial Regex HeadingAttributes();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex SpaceRun();

    [GeneratedRegex(@"-+")]
    private static partial Regex DashRun();
}
