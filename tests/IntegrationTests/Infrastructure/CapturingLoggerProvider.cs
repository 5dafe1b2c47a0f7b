using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SafetyBot.IntegrationTests.Infrastructure;

/// <summary>
/// Captures everything the app logs, at every level: the formatted message, every structured value,
/// every scope and exception, so a test can look for what must never be logged.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string> { formatter(state, exception) };
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                parts.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
            }

            owner.scopes.ForEachScope((scope, list) => list.Add($"scope: {scope}"), parts);
            if (exception is not null)
            {
                parts.Add(exception.ToString());
            }

            owner.Entries.Enqueue((logLevel, category, string.Join(" | ", parts)));
        }
    }
}
