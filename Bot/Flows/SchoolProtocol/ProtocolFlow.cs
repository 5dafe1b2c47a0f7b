using Microsoft.Extensions.Options;
using SafetyBot.Bot.Configuration;
using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Routing;
using SafetyBot.Cards;
using SafetyBot.Knowledge.Content;
using SafetyBot.Knowledge.Retrieval;

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
            : ProtocolSectionRanker.BestSections(knowledge.Index, protocol, topic);

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
}
