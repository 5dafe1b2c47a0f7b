using SafetyBot.Knowledge.Masking;

namespace SafetyBot.UnitTests.Knowledge;

public sealed class NameMaskerTests
{
    private static readonly NameMasker Masker = new(new HashSet<string> { "sexting", "pesten", "leerling", "klassenapp", "mentor", "protocol", "ouders" });

    [Theory]
    [InlineData("Mail me op j.jansen@school.nl graag", "Mail me op [e-mail] graag")]
    [InlineData("bel 06-12345678 of 0612345678", "bel [telefoon] of [telefoon]")]
    [InlineData("nummer +31 6 1234 5678 werkt", "nummer [telefoon] werkt")]
    [InlineData("school: 020-1234567.", "school: [telefoon].")]
    [InlineData("ze volgt @sanne_2010 op tiktok", "ze volgt [account] op tiktok")]
    [InlineData("Wat doe ik als Sanne een foto deelt?", "Wat doe ik als [naam] een foto deelt?")]
    [InlineData("Sanne deelde een foto van Daan", "[naam] deelde een foto van [naam]")]
    [InlineData("sanne stuurde een foto", "[naam] stuurde een foto")]
    [InlineData("Mijn leerling Sanne de Vries wordt gepest", "Mijn leerling [naam] wordt gepest")]
    [InlineData("een bericht van Mohammed el Amrani, wat nu?", "een bericht van [naam], wat nu?")]
    [InlineData("Ik sprak met Zeynep. Zij was boos", "Ik sprak met [naam]. Zij was boos")]
    [InlineData("de ouders van Bouchra Tahiri belden", "de ouders van [naam] belden")]
    [InlineData("Hoi, Lotte en Jesse ruziën in de klassenapp", "Hoi, [naam] en [naam] ruziën in de klassenapp")]
    public void Masks_names_addresses_numbers_and_handles(string input, string expected)
    {
        Assert.Equal(expected, Masker.Mask(input));
    }

    [Theory]
    [InlineData("Er gaat iets rond op WhatsApp en TikTok")]
    [InlineData("Ik heb Helpwanted en Veilig Thuis gebeld")]
    [InlineData("De mentor belde de ouders")]
    [InlineData("Sexting komt veel voor. Wat zegt het protocol?")]
    [InlineData("Op maandag kijk ik in Magister")]
    [InlineData("een leerling uit 3havo stuurt via Instagram berichten")]
    [InlineData("Pesten in de klassenapp")]
    [InlineData("de roos op het bord en een floor in de gang")]
    public void Leaves_ordinary_words_apps_and_organisations_alone(string input)
    {
        Assert.Equal(input, Masker.Mask(input));
    }

    [Theory]
    [InlineData("Jansen uit 3b stuurt nare berichten", "[naam] uit 3b stuurt nare berichten")]
    [InlineData("Yilmaz wordt gepest in de klassenapp", "[naam] wordt gepest in de klassenapp")]
    [InlineData("Wat nu? Kowalski deelt foto's van klasgenoten", "Wat nu? [naam] deelt foto's van klasgenoten")]
    [InlineData("Hij zei: \"Verhulst heeft het gedaan.\"", "Hij zei: \"[naam] heeft het gedaan.\"")]
    [InlineData("Twee leerlingen:\n- Bouzid stuurt dreigende appjes\n- Ramdin zit erbij", "Twee leerlingen:\n- [naam] stuurt dreigende appjes\n- [naam] zit erbij")]
    public void Masks_a_capitalised_word_that_starts_a_sentence_and_is_not_a_dutch_word(string input, string expected)
    {
        Assert.Equal(expected, Masker.Mask(input));
    }

    [Theory]
    [InlineData("Van den Berg deelde een foto", "[naam] deelde een foto")]
    [InlineData("De Vries zegt dat het een grap was", "[naam] zegt dat het een grap was")]
    [InlineData("ik sprak met van den Berg en de Boer", "ik sprak met [naam] en [naam]")]
    [InlineData("yilmaz en öztürk worden gepest", "[naam] en [naam] worden gepest")]
    [InlineData("Ozturk en Yildiz zitten in 2b", "[naam] en [naam] zitten in 2b")]
    [InlineData("Bakker zit in mijn mentorklas", "[naam] zit in mijn mentorklas")]
    public void Masks_listed_surnames_with_their_particles_in_any_position(string input, string expected)
    {
        Assert.Equal(expected, Masker.Mask(input));
    }

    [Theory]
    [InlineData("Gisteren stuurde een leerling een foto door")]
    [InlineData("Klassenapp loopt uit de hand. Groepsapps ook. Wat nu?")]
    [InlineData("Screenshot gemaakt, moet ik dat bewaren?")]
    [InlineData("Ze zei: \"Vanochtend ging het mis.\" Hoe reageer ik?")]
    [InlineData("Stuurde jij dat? Wordt dit gemeld bij de mentor?")]
    [InlineData("In de kantine hoorde ik de bakker over cyberpesten")]
    [InlineData("Sinds de herfstvakantie gaat het mis")]
    public void Leaves_dutch_words_that_start_a_sentence_alone(string input)
    {
        Assert.Equal(input, Masker.Mask(input));
    }

    [Fact]
    public void A_large_input_is_masked_quickly_and_completely()
    {
        var text = string.Concat(Enumerable.Repeat("een leerling en Sanne de Vries, mail a@b.nl. ", 5000));

        var masked = Masker.Mask(text);

        Assert.DoesNotContain("Sanne", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("a@b.nl", masked, StringComparison.Ordinal);
    }
}
