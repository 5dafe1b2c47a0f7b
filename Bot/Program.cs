using SafetyBot.Bot.Flows;
using SafetyBot.Bot.Hosting;
using SafetyBot.Bot.Protocol;
using SafetyBot.Bot.Protocol.Auth;

var builder = WebApplication.CreateBuilder(args);
builder.AddLogging();
builder.AddHealth();
builder.AddBotProtocol();
builder.AddBotAuthentication();
builder.AddFlows();

var app = builder.Build();
app.MapHealth();
app.MapBot();
app.Run();

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
