using Microsoft.Extensions.Time.Testing;
using SafetyBot.Kb;

namespace SafetyBot.UnitTests.Knowledge;

/// <summary>The content owner's command line: what it prints and its exit codes.</summary>
public sealed class KbCommandTests
{
    private static readonly FakeTimeProvider Today = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await KbCommand.RunAsync(args, output, error, Today);
        return (exit, output + error.ToString());
    }

    [Fact]
    public async Task Validate_passes_on_the_bundled_content()
    {
        var (exit, output) = await RunAsync("validate");

        Assert.True(exit == 0, output);
        Assert.Contains("0 errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_fails_and_names_the_problem_on_broken_content()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/a.md", TempContent.Article("a", "## S\n\nZie [b](id:bestaat-niet)."));

        var (exit, output) = await RunAsync("validate", "--content", content.Root);

        Assert.Equal(1, exit);
        Assert.Contains("articles/a.md: broken link to 'bestaat-niet'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_lists_overdue_content_as_a_warning_and_never_fails()
    {
        using var content = TempContent.Minimal();
        content.Write("articles/oud.md", TempContent.Article("oud", "## S\n\nTekst.", reviewed: "2024-05-01"));

        var (exit, output) = await RunAsync("review", "--content", content.Root);

        Assert.Equal(0, exit);
        Assert.Contains("warning: articles/oud.md", output, StringComparison.Ordinal);
        Assert.Contains("1 item(s) due for review", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_prints_ranked_passages_with_scores()
    {
        var (exit, output) = await RunAsync("search", "mag ik een leerling volgen op instagram");

        Assert.Equal(0, exit);
        Assert.Matches(@" 1\.\s+\d+\.\d{3}\s+(dilemma-vriendschapsverzoek-leerling|rolmodel-contact-met-leerlingen) › ", output);
        Assert.Matches(@" 2\.\s+\d+\.\d{3}\s+[a-z0-9-]+ › ", output);
    }

    [Theory]
    [InlineData("telefoon innemen mag dat?", @"^-\tanswered\ttelefoon-innemen\t")]
    [InlineData("hoe laat begint de kerstvakantie?", @"^-\treferred\tbuiten-")]
    [InlineData("er gaat een naaktfoto van een leerling uit mijn klas rond", @"^-\tincident\tnaaktbeelden")]
    public async Task Ask_prints_the_bots_decision_in_one_line(string question, string expected)
    {
        var (exit, output) = await RunAsync("ask", question);

        Assert.Equal(0, exit);
        Assert.Matches(expected, output);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("validate", "--content")]
    [InlineData("search")]
    public async Task Usage_errors_exit_with_2(params string[] args)
    {
        var (exit, _) = await RunAsync(args);

        Assert.Equal(2, exit);
    }
}
