using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Flows;
using SafetyBot.Bot.Hosting;
using SafetyBot.Bot.KnowledgeHosting;
using SafetyBot.Bot.Storage;
using SafetyBot.Bot.Summarization;

// One line per area: <Area>Setup.Add<Area> / Map<Area> (docs/design.md, "Projects").
var builder = WebApplication.CreateBuilder(args);
builder.AddLogging();
builder.AddHealth();
builder.AddKnowledge();
builder.AddChannel();
builder.AddStorage();
builder.AddSummarization();
builder.AddFlows();
builder.AddReadiness();

var app = builder.Build();
app.MapHealth();
app.MapChannel();
app.Run();

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
