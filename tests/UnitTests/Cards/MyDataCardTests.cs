using System.Text.Json;
using System.Text.Json.Nodes;
using SafetyBot.Cards;

namespace SafetyBot.UnitTests.Cards;

public sealed class MyDataCardTests
{
    private static MyDataView Empty => new(null, null, [], [], [], 0, 0, [], [], 365);

    /// <summary>Every string in the card, joined: what a reader sees, without JSON escaping.</summary>
    private static string Texts(JsonNode? node) => node switch
    {
        JsonObject o => string.Join('\n', o.Select(p => Texts(p.Value))),
        JsonArray a => string.Join('\n', a.Select(Texts)),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => string.Empty,
    };

    [Fact]
    public void With_nothing_stored_every_category_still_says_so_and_what_is_never_stored()
    {
        var card = Texts(MyDataCard.Build(Empty));

        Assert.Contains(CardStrings.MyDataNothing, card, StringComparison.Ordinal);
        foreach (var title in new[] { CardStrings.MyDataAudienceTitle, CardStrings.MyDataQuestionsTitle, CardStrings.MyDataQuizTitle, CardStrings.MyDataVotesTitle, CardStrings.MyDataChatsTitle })
        {
            Assert.Contains(title, card, StringComparison.Ordinal);
        }

        Assert.Contains("Wat ik niet bewaar", card, StringComparison.Ordinal);
        Assert.Contains("365 dagen", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_each_record_with_its_date_breaks_links_in_the_users_words_and_counts_what_does_not_fit()
    {
        var view = Empty with
        {
            Audience = "mbo",
            AudienceDate = "01-12-2026",
            Feedback = [new("Sexting", false, "zie [hier](https://phish.example)", "02-12-2026")],
            Questions = [.. Enumerable.Range(1, MyDataCard.MaxItems + 3).Select(i => new MyDataQuestion($"vraag {i}", "03-12-2026"))],
            Votes = [new("2026-W49", "De klassenfoto", "Eerst de ouders vragen", "04-12-2026")],
            Chats = [new("20-11-2026", "05-12-2026")],
        };

        var card = Texts(MyDataCard.Build(view));

        Assert.Contains("mbo (gekozen op 01-12-2026)", card, StringComparison.Ordinal);
        Assert.Contains("02-12-2026 · Sexting: niet nuttig", card, StringComparison.Ordinal);
        Assert.DoesNotContain("](https://phish.example)", card, StringComparison.Ordinal);
        Assert.Contains("…en nog 3", card, StringComparison.Ordinal);
        Assert.Contains($"\"vraag {MyDataCard.MaxItems}\"", card, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"vraag {MyDataCard.MaxItems + 1}\"", card, StringComparison.Ordinal);
        Assert.Contains("Week 2026-W49, De klassenfoto", card, StringComparison.Ordinal);
        Assert.Contains("05-12-2026", card, StringComparison.Ordinal);
        Assert.DoesNotContain(CardStrings.MyDataNothing, card, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_the_follow_up_context_as_a_category_of_its_own_with_its_words_and_time()
    {
        var view = Empty with { FollowUp = new MyDataFollowUp("Online pesten", ["Wat doe je?"], ["cyberpest", "klas"], "07-12-2026 10:15") };

        var card = Texts(MyDataCard.Build(view));

        Assert.Contains(CardStrings.MyDataFollowUpTitle, card, StringComparison.Ordinal);
        Assert.Contains("Beantwoord met \"Online pesten\" (onderdelen: Wat doe je?)", card, StringComparison.Ordinal);
        Assert.Contains("cyberpest, klas", card, StringComparison.Ordinal);
        Assert.Contains("07-12-2026 10:15", card, StringComparison.Ordinal);
        Assert.Contains(CardStrings.MyDataFollowUpNote, card, StringComparison.Ordinal);
        Assert.DoesNotContain(CardStrings.MyDataNothing, card, StringComparison.Ordinal);
    }
}
