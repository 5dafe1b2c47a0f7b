namespace SafetyBot.Bot.Flows.Privacy;

/// <summary>Masks names, e-mail addresses, phone numbers and handles before text is stored or sent out.</summary>
public interface ITextMasker
{
    string Mask(string text);
}
