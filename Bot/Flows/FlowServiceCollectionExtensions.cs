using SafetyBot.Bot.Configuration;
using SafetyBot.Bot.Flows.Ask;
using SafetyBot.Bot.Flows.Lifecycle;
using SafetyBot.Bot.Flows.Welcome;
using SafetyBot.Bot.Routing;

namespace SafetyBot.Bot.Flows;

public static class FlowServiceCollectionExtensions
{
    /// <summary>Every flow the bot has; each maps its own routes.</summary>
    public static WebApplicationBuilder AddFlows(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchoolOptions>().Bind(builder.Configuration.GetSection(SchoolOptions.Section));
        builder.Services.AddSingleton<IBotFlow, ConversationLifecycleFlow>();
        builder.Services.AddSingleton<IBotFlow, WelcomeFlow>();
        builder.Services.AddSingleton<IBotFlow, AskFlow>();
        return builder;
    }
}
