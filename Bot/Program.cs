using SafetyBot.Bot.Flows;
using SafetyBot.Bot.Hosting;
using SafetyBot.Bot.KnowledgeBase;
using SafetyBot.Bot.Protocol;
using SafetyBot.Bot.Protocol.Auth;
using SafetyBot.Bot.Storage;
using SafetyBot.Bot.Summarization;

var builder = WebApplication.CreateBuilder(args);
builder.AddLogging();
builder.AddHealth();
builder.AddKnowledge();
builder.AddBotProtocol();
builder.AddBotAuthentication();
builder.AddStorage();
builder.AddSummarization();
builder.AddFlows();
builder.WaitForKnowledgeBeforeListening();

var app = builder.Build();
app.MapHealth();
app.MapBot();
app.Run();

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
