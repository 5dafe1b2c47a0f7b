using SafetyBot.Bot.Routing;

namespace SafetyBot.UnitTests.Routing;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("help", Commands.Help)]
    [InlineData("Hulp", Commands.Help)]
    [InlineData("?", Commands.Help)]
    [InlineData("help!", Commands.Help)]
    [InlineData("quiz", Commands.Quiz)]
    [InlineData("STOP", Commands.Stop)]
    [InlineData("weekkaart", Commands.Weekly)]
    [InlineData("weekly", Commands.Weekly)]
    [InlineData("weekkart", Commands.Weekly)]
    [InlineData("instelingen", Commands.Settings)]
    [InlineData("settings", Commands.Settings)]
    [InlineData("rolmodel", Commands.RoleModel)]
    [InlineData("role model", Commands.RoleModel)]
    [InlineData("rolmdoel", Commands.RoleModel)]
    [InlineData("quizoverzicht", Commands.QuizOverview)]
    [InlineData("quiz overview", Commands.QuizOverview)]
    [InlineData("inzichten", Commands.Insights)]
    [InlineData("insights", Commands.Insights)]
    [InlineData("logboek", Commands.AuditLog)]
    [InlineData("Logboek!", Commands.AuditLog)]
    [InlineData("audit log", Commands.AuditLog)]
    [InlineData("auditlog", Commands.AuditLog)]
    [InlineData("vergeet mij", Commands.ForgetMe)]
    [InlineData("Vergeet míj", Commands.ForgetMe)]
    [InlineData("forget me", Commands.ForgetMe)]
    [InlineData("wat weet je over mij", Commands.MyData)]
    [InlineData("Wat weet je over mij?", Commands.MyData)]
    [InlineData("wat weet je over me", Commands.MyData)]
    [InlineData("wat weet je van mij", Commands.MyData)]
    [InlineData("What do you know about me?", Commands.MyData)]
    public void Recognises_dutch_and_english_forms_case_accent_and_typo_insensitive(string text, string expected)
    {
        Assert.Equal(expected, CommandParser.Parse(text)?.Key);
    }

    [Theory]
    [InlineData("protocol foto's van leerlingen", Commands.Protocol, "foto's van leerlingen")]
    [InlineData("protocol", Commands.Protocol, "")]
    [InlineData("protocl privacy", Commands.Protocol, "privacy")]
    [InlineData("vraag mag ik een leerling volgen?", Commands.Ask, "mag ik een leerling volgen?")]
    public void Commands_with_an_argument_keep_the_text_after_them(string text, string key, string argument)
    {
        var parsed = CommandParser.Parse(text);

        Assert.Equal(key, parsed?.Key);
        Assert.Equal(argument, parsed?.Argument);
    }

    [Theory]
    [InlineData("help, een leerling deelt een naaktfoto van een klasgenoot")]
    [InlineData("stop met pesten in de klassenapp, hoe dan?")]
    [InlineData("quiz over sexting voor mijn klas")]
    [InlineData("hoe werkt de weekkaart")]
    [InlineData("wat weet je over sexting")]
    [InlineData("wat weet je over mij en mijn klas")]
    [InlineData("stip")]
    [InlineData("")]
    public void A_question_that_starts_with_a_command_word_is_not_a_command(string text)
    {
        Assert.Null(CommandParser.Parse(text));
    }

    [Fact]
    public void Short_words_get_no_typo_tolerance()
    {
        Assert.Null(CommandParser.Parse("quix"));
        Assert.Null(CommandParser.Parse("hlep"));
    }
}
