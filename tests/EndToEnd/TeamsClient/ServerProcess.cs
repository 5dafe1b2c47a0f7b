using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace SafetyBot.EndToEnd.TeamsClient;

/// <summary>
/// A server the end-to-end fixture runs as a real process (the bot, the Teams client emulator). Its
/// output is kept for error messages and logs; it is killed with its whole process tree on dispose, and
/// also when the test host exits without disposing it.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private const int OutputLimit = 200_000;

    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServerProcess(string name, Process process)
    {
        Name = name;
        this.process = process;
        AppDomain.CurrentDomain.ProcessExit += KillOnHostExit;
    }

    public string Name { get; }

    public bool HasExited => process.HasExited;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static ServerProcess Start(string name, string file, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"{name} could not be started ({file}).");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"{name} could not be started: '{file}' was not found or is not executable ({ex.Message}).", ex);
        }

        var server = new ServerProcess(name, process);
        process.OutputDataReceived += server.Collect;
        process.ErrorDataReceived += server.Collect;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>
    /// Polls <paramref name="ready"/> until it holds; fails at once, with the output, when the process
    /// exits, and after <paramref name="timeout"/> with the output too.
    /// </summary>
    public async Task WaitUntilAsync(string what, Func<Task<bool>> ready, TimeSpan timeout, Func<string>? moreDiagnostics = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                await DrainOutputAsync();
                throw new InvalidOperationException($"{Name} exited with code {process.ExitCode} before {what}.\n{Diagnostics(moreDiagnostics)}");
            }

            if (await ready())
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{Name}: {what} did not happen within {timeout.TotalSeconds:0} s.\n{Diagnostics(moreDiagnostics)}");
    }

    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillOnHostExit;
        Kill();
        process.Dispose();
    }

    /// <summary>After an exit, waits (briefly) until the output readers have seen the end of the streams.</summary>
    private async Task DrainOutputAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Show what arrived so far.
        }
    }

    private string Diagnostics(Func<string>? more)
    {
        var text = Tail(Output);
        var extra = more?.Invoke();
        return string.IsNullOrWhiteSpace(extra) ? $"--- {Name} output ---\n{text}" : $"--- {Name} output ---\n{text}\n{extra}";
    }

    internal static string Tail(string text, int length = 4000) => text.Length <= length ? text : "…" + text[^length..];

    private void Collect(object? sender, DataReceivedEventArgs e)
    {
        if (e.Data is null)
        {
            return;
        }

        lock (output)
        {
            if (output.Length < OutputLimit)
            {
                output.AppendLine(e.Data);
            }
        }
    }

    private void KillOnHostExit(object? sender, EventArgs e) => Kill();

    private void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception)
        {
            // Already gone, or never started.
        }
    }
}
