namespace SafetyBot.Bot.Hosting;

public static class LoggingSetup
{
    /// <summary>Structured console logs. Request bodies and headers are never logged: they carry user text and tokens.</summary>
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
        });
        return builder;
    }
}
