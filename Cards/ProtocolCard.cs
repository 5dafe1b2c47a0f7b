using System.Text.Json.Nodes;
using static SafetyBot.Cards.AdaptiveCard;

namespace SafetyBot.Cards;

/// <summary>A protocol section as shown: the school's text, and the model's where the school deviates.</summary>
public sealed record ProtocolSectionView(string Heading, string Markdown, bool IsBinding, string? ModelMarkdown);

public sealed record ProtocolView(
    bool IsModel,
    string? SchoolName,
    IReadOnlyList<ProtocolSectionView> Matches,
    IReadOnlyList<string> AllSectionHeadings);

public static class ProtocolCard
{
    public static JsonObject Build(ProtocolView view)
    {
        var label = view.IsModel
            ? CardStrings.ProtocolModelLabel
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, CardStrings.ProtocolSchoolLabel, string.IsNullOrWhiteSpace(view.SchoolName) ? "jouw school" : view.SchoolName);
        var body = new List<JsonNode?> { Container([Text(label, weight: "Bolder", color: view.IsModel ? "Warning" : "Default")], style: view.IsModel ? "warning" : "emphasis") };

        if (view.Matches.Count == 0)
        {
            body.Add(Text(CardStrings.ProtocolNoMatch));
            body.Add(List(view.AllSectionHeadings));
        }

        foreach (var section in view.Matches)
        {
            body.Add(Subheading(section.Heading));
            if (section.IsBinding)
            {
                body.Add(Text(CardStrings.ProtocolBinding, size: "Small", color: "Accent"));
            }

            body.Add(Text(AnswerCard.Shorten(section.Markdown, ArticleCard.MaxSectionCharacters)));
            if (section.ModelMarkdown is not null)
            {
                body.Add(Container(
                    [
                        Text(CardStrings.ProtocolDeviates, weight: "Bolder", color: "Attention"),
                        Text(CardStrings.ProtocolModelText, size: "Small", isSubtle: true),
                        Text(AnswerCard.Shorten(section.ModelMarkdown, ArticleCard.MaxSectionCharacters), isSubtle: true),
                    ],
                    style: "emphasis"));
            }
        }

        if (view.Matches.Count > 0 && view.AllSectionHeadings.Count > view.Matches.Count)
        {
            body.Add(Text($"{CardStrings.ProtocolSections}: {string.Join(" · ", view.AllSectionHeadings)}", size: "Small", isSubtle: true));
        }

        return Card(body);
    }
}
