using Microsoft.Extensions.Options;
using SafetyBot.Bot.Configuration;
using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Routing;
using SafetyBot.Cards;
using SafetyBot.Knowledge.Content;

namespace SafetyBot.Bot.Flows.SchoolProtocol;

/// <summary>
/// <c>protocol [onderwerp]</c>: the matching section of the school's own protocol (<c>School:ProtocolPath</c>),
/// or of the model protocol, labelled as a model. A school section marked <c>.afwijkend</c> is shown
/// with the model's text beside it; one marked <c>.verplicht</c> is binding.
/// </summary>
public sealed class ProtocolFlow(LoadedKnowledge knowledge, SchoolProtocolFile schoolProtocol, IOptions<SchoolOptions> school) : IBotFlow
{
    public const string DeviatesClass = "afwijkend";
    public const string BindingClass = "verplicht";

    public void MapRoutes(RouteTableBuilder routes) =>
        routes.OnCommand(Commands.Protocol, turn => turn.SendCardAsync(ProtocolCard.Build(Lookup(CommandParser.Parse(turn.Text)?.Argument ?? string.Empty)), "Protocol"));

    public ProtocolView Lookup(string topic)
    {
        var model = knowledge.Content.ModelProtocol!;
        var protocol = schoolProtocol.Document ?? model;
        var headings = protocol.Sections.Select(s => s.Heading).ToList();
        var matches = string.IsNullOrWhiteSpace(topic)
            ? protocol.Sections.Take(1).ToList()
            : BestSections(protocol, topic);

        var views = matches.Select(section => new ProtocolSectionView(
                section.Heading,
                MarkdownContentParser.ForCard(section.Markdown),
                section.Classes.Contains(BindingClass),
                section.Classes.Contains(DeviatesClass) && !ReferenceEquals(protocol, model)
                    ? model.Sections.FirstOrDefault(m => m.Id == section.Id)?.Markdown is { } modelText ? MarkdownContentParser.ForCard(modelText) : null
                    : null))
            .ToList();
        return new ProtocolView(ReferenceEquals(protocol, model), school.Value.Name, views, headings);
    }

    /// <summary>Sections whose words (stemmed, with the bot's Dutch chain) overlap the topic most.</summary>
    private List<ContentSection> BestSections(ContentDocument protocol, string topic)
    {
        var topicTerms = knowledge.Index.QueryTerms(topic);
        var scored = protocol.Sections
            .Select(section =>
            {
                var headingTerms = knowledge.Index.Terms(section.Heading + " " + section.Id);
                var bodyTerms = knowledge.Index.Terms(section.PlainText);
                var score = topicTerms.Sum(t => (headingTerms.Contains(t) ? 3.0 : 0) + (bodyTerms.Contains(t) ? 1.0 : 0) * knowledge.Index.TermWeight(t));
                return (Section: section, Score: score);
            })
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        // The best section, and a second one only when it matches nearly as well.
        return scored.Take(2).Where(x => x.Score >= scored[0].Score * 0.8).Select(x => x.Section).ToList();
    }
}
