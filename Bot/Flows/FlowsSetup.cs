using Microsoft.Extensions.Options;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Configuration;
using SafetyBot.Bot.Flows.Ask;
using SafetyBot.Bot.Flows.Audit;
using SafetyBot.Bot.Flows.Feedback;
using SafetyBot.Bot.Flows.Incident;
using SafetyBot.Bot.Flows.Insights;
using SafetyBot.Bot.Flows.Lifecycle;
using SafetyBot.Bot.Flows.Privacy;
using SafetyBot.Bot.Flows.SchoolProtocol;
using SafetyBot.Bot.Flows.Quiz;
using SafetyBot.Bot.Flows.RoleModel;
using SafetyBot.Bot.Flows.Weekly;
using SafetyBot.Bot.Flows.Welcome;
using SafetyBot.Bot.Routing;

namespace SafetyBot.Bot.Flows;

public static class FlowsSetup
{
    /// <summary>Every flow the bot has; each maps its own routes.</summary>
    public static WebApplicationBuilder AddFlows(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchoolOptions>().Bind(builder.Configuration.GetSection(SchoolOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SchoolOptions>, SchoolHolidaysValidator>();
        builder.Services.AddSingleton<IBotFlow, ConversationLifecycleFlow>();
        builder.Services.AddSingleton<IBotFlow, WelcomeFlow>();
        builder.Services.AddSingleton<IIncidentDetector, ClassifierIncidentDetector>();
        builder.Services.AddSingleton<IUrgentTurn, IncidentUrgency>();
        builder.Services.AddSingleton<ITextMasker, KnowledgeTextMasker>();
        builder.Services.AddSingleton<IncidentFlow>();
        builder.Services.AddSingleton<IBotFlow>(services => services.GetRequiredService<IncidentFlow>());
        builder.Services.AddSingleton<IBotFlow, AskFlow>();
        builder.Services.AddSingleton<SchoolProtocolFile>();
        builder.Services.AddSingleton<ProtocolFlow>();
        builder.Services.AddSingleton<IBotFlow>(services => services.GetRequiredService<ProtocolFlow>());
        builder.Services.AddSingleton<IBotFlow, RoleModelFlow>();
        builder.Services.AddSingleton<AskerAudience>();
        builder.Services.AddSingleton<IBotFlow, FeedbackFlow>();
        builder.Services.AddSingleton<IBotFlow, ForgetMeFlow>();
        builder.Services.AddSingleton<IBotFlow, MyDataFlow>();
        builder.Services.AddSingleton<IBotFlow, InsightsFlow>();
        builder.Services.AddSingleton<IBotFlow, AuditLogFlow>();
        builder.Services.AddSingleton<QuizViews>();
        builder.Services.AddSingleton<IBotFlow, QuizFlow>();

        builder.Services.AddOptions<WeeklyOptions>().Bind(builder.Configuration.GetSection(WeeklyOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WeeklyOptions>, WeeklyOptionsValidator>();
        builder.Services.AddSingleton<WeeklyCards>();
        builder.Services.AddSingleton<WeeklyPoster>();
        builder.Services.AddSingleton<WeeklyTallyUpdater>();
        builder.Services.AddHostedService(services => services.GetRequiredService<WeeklyTallyUpdater>());
        builder.Services.AddSingleton<IBotFlow, WeeklyFlow>();
        builder.Services.AddSingleton<SchoolHolidays>();
        builder.Services.AddSingleton<WeeklyScheduler>();
        builder.Services.AddHostedService(services => services.GetRequiredService<WeeklyScheduler>());
        builder.Services.AddSingleton<IBotFlow, TeamSettingsFlow>();
        return builder;
    }
}
