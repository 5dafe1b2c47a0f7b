using SafetyBot.Knowledge.Content;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>
/// Issue #27 in the bundled plans: steps for a staff member as the victim, support for the teacher after
/// self-harm, threats and images, and English translations that keep the Dutch steps and are marked for a
/// content owner to confirm; and the loader rules that hold them to it.
/// </summary>
public sealed class ActNowPlanTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBaseLoader.Load(new BundledContentSource()).KnowledgeBase;

    private static string Text(ContentSection? section) => section?.Markdown.ToLowerInvariant() ?? string.Empty;

    [Theory]
    [InlineData(IncidentType.Threat)]
    [InlineData(IncidentType.Cyberstalking)]
    [InlineData(IncidentType.Sextortion)]
    [InlineData(IncidentType.NudeImages)]
    public void A_plan_where_staff_can_be_hit_has_the_employer_duty_the_school_address_and_victim_support(IncidentType type)
    {
        var staff = Text(Knowledge.Incident(type)!.Section(ContentVocabulary.IncidentStaffHeading));

        Assert.Contains("{management}", staff, StringComparison.Ordinal);
        Assert.Contains("arbowet", staff, StringComparison.Ordinal);
        Assert.Contains("adres van de school", staff, StringComparison.Ordinal);
        Assert.Contains("domicilie", staff, StringComparison.Ordinal);
        Assert.Contains("bedrijfsarts", staff, StringComparison.Ordinal);
        Assert.Contains("{lijn:slachtofferhulp}", staff, StringComparison.Ordinal);
    }

    [Fact]
    public void The_staff_steps_for_an_adult_image_name_the_sexual_image_offence_and_helpwanted_for_adults()
    {
        var staff = Text(Knowledge.Incident(IncidentType.NudeImages)!.Section(ContentVocabulary.IncidentStaffHeading));

        Assert.Contains("volwassen collega", staff, StringComparison.Ordinal);
        Assert.Contains("niet onder de regels voor beelden van minderjarigen", staff, StringComparison.Ordinal);
        Assert.Contains("ook volwassenen", staff, StringComparison.Ordinal);
    }

    [Fact]
    public void Slachtofferhulp_is_a_national_line_with_its_number_marked_to_confirm()
    {
        Assert.Contains("0900-0101", Knowledge.HelpLine("slachtofferhulp")!.Reach, StringComparison.Ordinal);
        Assert.Contains("0900-0101", Knowledge.HelpLine("slachtofferhulp", ContentLanguage.English)!.Reach, StringComparison.Ordinal);
        Assert.Contains(Knowledge.FactsToConfirm, f => f.Claim.Contains("Slachtofferhulp Nederland: 0900-0101", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(IncidentType.SelfHarm)]
    [InlineData(IncidentType.Threat)]
    [InlineData(IncidentType.NudeImages)]
    [InlineData(IncidentType.Sextortion)]
    public void After_self_harm_threats_and_images_the_plan_points_the_teacher_to_support_for_themselves(IncidentType type)
    {
        var dutch = Text(Knowledge.Incident(type)!.Section(ContentVocabulary.IncidentAftercareHeading));
        var english = Text(Knowledge.Incident(type, ContentLanguage.English)!.Section(ContentVocabulary.EnglishPlan.Aftercare));

        Assert.Contains("vertrouwenspersoon voor personeel", dutch, StringComparison.Ordinal);
        Assert.Contains("bedrijfsarts", dutch, StringComparison.Ordinal);
        Assert.Contains("confidential adviser for staff", english, StringComparison.Ordinal);
        Assert.Contains("company doctor", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_plan_has_an_english_translation_marked_for_a_content_owner_to_confirm()
    {
        Assert.All(IncidentTypes.All, type =>
        {
            var english = Knowledge.Incident(type, ContentLanguage.English)!;
            Assert.Equal(ContentLanguage.English, english.Language);
            Assert.Equal(Knowledge.Incident(type)!.Id + ContentVocabulary.EnglishIdSuffix, english.Id);
            Assert.Contains(Knowledge.FactsToConfirm, f => f.Origin.EndsWith(english.Id + ".md", StringComparison.Ordinal) && f.Claim.Contains("English translation", StringComparison.Ordinal));
        });
        Assert.Equal(Knowledge.HelpLines.Select(h => h.Key), Knowledge.EnglishHelpLines.Select(h => h.Key));
    }

    [Fact]
    public void The_dutch_plan_stays_the_default_and_english_plans_are_found_by_id()
    {
        Assert.Equal(ContentLanguage.Dutch, Knowledge.Incident(IncidentType.Threat)!.Language);
        Assert.IsType<IncidentPlan>(Knowledge.Find("incident-bedreiging-en"));
    }

    [Fact]
    public void A_translation_with_a_step_less_than_the_dutch_plan_is_an_error()
    {
        using var content = TempContent.Minimal();
        content.Write("incident/en/helplines.md", EnglishHelpLines);
        content.Write("incident/en/incident-bedreiging-en.md", EnglishThreatPlan(nowSteps: "1. Call {SafeguardingOfficer}.\n2. And call {Management}."));

        var report = content.Load().Report;

        Assert.Contains(report.Errors, e => e.Message.Contains("has 2 items where incident-bedreiging has 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_translation_that_is_not_marked_to_confirm_is_an_error()
    {
        using var content = TempContent.Minimal();
        content.Write("incident/en/helplines.md", EnglishHelpLines);
        content.Write("incident/en/incident-bedreiging-en.md", EnglishThreatPlan("1. Call {SafeguardingOfficer}.").Replace(ConfirmBlock, string.Empty, StringComparison.Ordinal));

        var report = content.Load().Report;

        Assert.Contains(report.Errors, e => e.Message.Contains("translation for a content owner to confirm", StringComparison.Ordinal));
    }

    [Fact]
    public void A_complete_translation_is_valid_and_an_untranslated_plan_is_a_warning()
    {
        using var content = TempContent.Minimal();
        content.Write("incident/en/helplines.md", EnglishHelpLines);
        content.Write("incident/en/incident-bedreiging-en.md", EnglishThreatPlan("1. Call {SafeguardingOfficer}."));

        var loaded = content.Load();

        Assert.True(loaded.Report.IsValid, string.Join(Environment.NewLine, loaded.Report.Errors));
        Assert.Equal("incident-bedreiging-en", loaded.KnowledgeBase.Incident(IncidentType.Threat, ContentLanguage.English)!.Id);
        Assert.Contains(loaded.Report.Issues, i => i.Severity == Severity.Warning && i.Origin.EndsWith("incident-sextortion.md", StringComparison.Ordinal) && i.Message.Contains("no English translation", StringComparison.Ordinal));
    }

    [Fact]
    public void A_threat_plan_without_support_for_the_teacher_is_warned_about_but_still_loads()
    {
        using var content = TempContent.Minimal();
        var path = Path.Combine(content.Root, "incident", "incident-bedreiging.md");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text[..text.IndexOf("\n## " + ContentVocabulary.IncidentAftercareHeading, StringComparison.Ordinal)]);

        var report = content.Load().Report;

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Errors));
        Assert.Contains(report.Issues, i => i.Severity == Severity.Warning && i.Message.Contains($"'## {ContentVocabulary.IncidentAftercareHeading}'", StringComparison.Ordinal));
    }

    private const string ConfirmBlock = """
        confirm:
          - claim: "English translation of incident-bedreiging"
            source: "incident/incident-bedreiging.md"

        """;

    private static string EnglishThreatPlan(string nowSteps) => $"""
        ---
        id: incident-bedreiging-en
        title: Threat plan
        incident: bedreiging
        audience: [po, vo, mbo]
        kind: incident
        tags: [threat]
        source: "Test"
        reviewed: 2026-11-01
        {ConfirmBlock}---

        # Threat plan

        Summary.

        ## Act now
        {nowSteps}

        ## Don't
        - Don't forward.

        ## Who to involve
        - {"{"}Management{"}"} and {"{"}lijn:112{"}"}

        ## Look after yourself
        - Talk to the confidential adviser.
        """;

    private const string EnglishHelpLines = """
        ---
        id: helplines-en
        title: Help lines
        audience: [po, vo, mbo]
        kind: hulplijnen
        tags: [help]
        source: "Test"
        reviewed: 2026-11-01
        ---

        # Help lines

        ## Emergency number 112 {#112}

        For: immediate danger.

        Reach: 112

        Around the clock: yes
        """;
}
