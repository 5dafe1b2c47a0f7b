using Microsoft.Extensions.Time.Testing;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.UnitTests.Knowledge;

public sealed class KnowledgeBaseLoaderTests
{
    [Fact]
    public void The_bundled_content_is_valid()
    {
        var loaded = KnowledgeBaseLoader.Load(new BundledContentSource());

        Assert.True(loaded.Report.IsValid, string.Join(Environment.NewLine, loaded.Report.Errors));
    }

    [Fact]
    public void The_bundled_content_has_what_the_product_promises()
    {
        var knowledge = KnowledgeBaseLoader.Load(new BundledContentSource()).KnowledgeBase;

        Assert.True(knowledge.Articles.Count >= 35, $"{knowledge.Articles.Count} articles");
        Assert.True(knowledge.Articles.Count(a => a.Kind == "dilemma") >= 15);
        Assert.True(knowledge.Articles.Count(a => a.Kind == "rolmodel") >= 5);
        Assert.All(IncidentTypes.All, type => Assert.NotNull(knowledge.Incident(type)));
        Assert.True(knowledge.ModelProtocol!.IsModel);
        Assert.All(new[] { "112", "politie", "helpwanted", "113", "veilig-thuis" }, key => Assert.NotNull(knowledge.HelpLine(key)));
    }

    [Fact]
    public void Incident_plans_for_images_of_minors_and_sextortion_carry_the_non_negotiable_rules()
    {
        var knowledge = KnowledgeBaseLoader.Load(new BundledContentSource()).KnowledgeBase;
        var nude = string.Join('\n', knowledge.Incident(IncidentType.NudeImages)!.Sections.Select(s => s.Markdown)).ToLowerInvariant();
        var sextortion = string.Join('\n', knowledge.Incident(IncidentType.Sextortion)!.Sections.Select(s => s.Markdown)).ToLowerInvariant();

        Assert.Contains("doorsturen", nude, StringComparison.Ordinal);
        Assert.Contains("screenshot", nude, StringComparison.Ordinal);
        Assert.Contains("opslaan", nude, StringComparison.Ordinal);
        Assert.Contains("betalen", sextortion, StringComparison.Ordinal);
        Assert.Contains("politie", sextortion, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minimal_complete_folder_is_valid()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/online-pesten.md", TempContent.Article("online-pesten", "## Wat is het?\n\nPesten via de telefoon."));

        var loaded = content.Load();

        Assert.True(loaded.Report.IsValid, string.Join(Environment.NewLine, loaded.Report.Errors));
        Assert.Equal("Wat is het?", Assert.Single(loaded.KnowledgeBase.Articles).Sections[0].Heading);
    }

    [Theory]
    [InlineData("title: Titel van a\n", "missing 'title'")]
    [InlineData("audience: [po, vo, mbo]\n", "missing 'audience'")]
    [InlineData("source: \"Bronpagina\"\n", "missing 'source'")]
    [InlineData("reviewed: 2026-11-01\n", "'reviewed'")]
    [InlineData("kind: basis\n", "missing 'kind'")]
    public void Missing_front_matter_fields_are_errors(string lineToRemove, string expected)
    {
        using var content = TempContent.Minimal();
        content.Write("articles/a.md", TempContent.Article("a", "## Sectie\n\nTekst.").Replace(lineToRemove, string.Empty, StringComparison.Ordinal));

        var report = content.Load().Report;

        Assert.Contains(report.Errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_ids_and_broken_links_are_errors()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/a.md", TempContent.Article("a", "## S\n\nZie [b](id:bestaat-niet).", related: "ook-niet"));
        content.Write("articles/sub/a.md", TempContent.Article("a", "## S\n\nTekst."));

        var errors = content.Load().Report.Errors.Select(e => e.Message).ToList();

        Assert.Contains(errors, e => e.Contains("duplicate id 'a'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("broken link to 'bestaat-niet'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'ook-niet'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_id_that_differs_from_the_file_name_is_an_error()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/andere-naam.md", TempContent.Article("a", "## S\n\nTekst."));

        Assert.Contains(content.Load().Report.Errors, e => e.Message.Contains("differs from the file name", StringComparison.Ordinal));
    }

    [Fact]
    public void An_incident_plan_with_an_unknown_placeholder_or_missing_section_is_an_error()
    {
        using var content = TempContent.Minimal();
        var path = Path.Combine(content.Root, "incident", "incident-sextortion.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("{Management}", "{Concierge}", StringComparison.Ordinal).Replace("## Niet doen", "## Anders", StringComparison.Ordinal));

        var errors = content.Load().Report.Errors.Select(e => e.Message).ToList();

        Assert.Contains(errors, e => e.Contains("'## Niet doen'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("unknown placeholder {Concierge}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_incident_type_and_a_protocol_section_without_id_are_errors()
    {
        using var content = TempContent.Minimal();
        File.Delete(Path.Combine(content.Root, "incident", "incident-cyberstalking.md"));
        var protocol = Path.Combine(content.Root, "protocol", "model-protocol.md");
        File.WriteAllText(protocol, File.ReadAllText(protocol) + "\n## Zonder id\n\nTekst.\n");

        var errors = content.Load().Report.Errors.Select(e => e.Message).ToList();

        Assert.Contains(errors, e => e.Contains("no incident plan for 'cyberstalking'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'Zonder id' needs a stable id", StringComparison.Ordinal));
    }

    [Fact]
    public void Placeholders_survive_parsing_untouched()
    {
        var knowledge = KnowledgeBaseLoader.Load(new BundledContentSource()).KnowledgeBase;

        var who = knowledge.Incident(IncidentType.NudeImages)!.Section("Wie schakel je in")!.Markdown;

        Assert.Contains("{SafeguardingOfficer}", who, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_lists_only_content_reviewed_more_than_twelve_months_ago()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/oud.md", TempContent.Article("oud", "## S\n\nTekst.", reviewed: "2025-01-10"));
        content.Write("articles/nieuw.md", TempContent.Article("nieuw", "## S\n\nTekst.", reviewed: "2026-06-01"));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

        var due = ReviewSchedule.Due(content.Load().KnowledgeBase, clock);

        Assert.Equal("oud", Assert.Single(due).Document.Id);

        clock.Advance(TimeSpan.FromDays(365));
        Assert.Contains(ReviewSchedule.Due(content.Load().KnowledgeBase, clock), d => d.Document.Id == "nieuw");
    }
}
