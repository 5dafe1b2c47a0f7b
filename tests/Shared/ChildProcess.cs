using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace SafetyBot.TestSupport;

/// <summary>
/// A process the tests start (the bot, the Teams client emulator, a script): both output streams are
/// drained so a full pipe never blocks it, kept up to <c>outputLimit</c> characters for error messages
/// and logs, and also handed line by line to <c>onLine</c>. It is killed with its whole process tree on
/// dispose, and also when the host exits without disposing it.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    public const int DefaultOutputLimit = 200_000;

    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly int outputLimit;
    private readonly Action<string>? onLine;

    private ChildProcess(string name, Process process, int outputLimit, Action<string>? onLine)
    {
        Name = name;
        this.process = process;
        this.outputLimit = outputLimit;
        this.onLine = onLine;
        AppDomain.CurrentDomain.ProcessExit += KillOnHostExit;
    }

    public string Name { get; }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>What the process printed so far (stdout and stderr interleaved), up to the output limit.</summary>
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

    /// <summary>
    /// Starts <paramref name="file"/> with <paramref name="arguments"/>; <paramref name="environment"/> is added to
    /// this process's environment and <paramref name="removeFromEnvironment"/> taken out of it.
    /// </summary>
    public static ChildProcess Start(
        string name, string file, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null, IEnumerable<string>? removeFromEnvironment = null,
        int outputLimit = DefaultOutputLimit, Action<string>? onLine = null)
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

        foreach (var key in removeFromEnvironment ?? [])
        {
            info.Environment.Remove(key);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
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

        var child = new ChildProcess(name, process, outputLimit, onLine);
        process.OutputDataReceived += child.Collect;
        process.ErrorDataReceived += child.Collect;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
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

    /// <summary>
    /// Waits until the process has exited and its output is read to the end; after <paramref name="timeout"/>
    /// kills it and throws with what it printed.
    /// </summary>
    public async Task WaitForExitAsync(TimeSpan timeout, string what)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{what} did not finish within {timeout}:\n{Output}");
        }

        // The parameterless wait also waits for the end of the redirected streams.
        process.WaitForExit();
    }

    /// <summary>User + system CPU time of the process so far.</summary>
    public TimeSpan CpuTime()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <summary>SIGKILL to the whole tree, then waits until it is gone: no shutdown hooks, no flushing, exactly what a crash or an OOM kill does.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillOnHostExit;
        KillQuietly();
        process.Dispose();
    }

    internal static string Tail(string text, int length = 4000) => text.Length <= length ? text : "…" + text[^length..];

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

    private void Collect(object? sender, DataReceivedEventArgs e)
    {
        if (e.Data is null)
        {
            return;
        }

        onLine?.Invoke(e.Data);
        lock (output)
        {
            if (output.Length < outputLimit)
            {
                output.AppendLine(e.Data);
            }
        }
    }

    private void KillOnHostExit(object? sender, EventArgs e) => KillQuietly();

    private void KillQuietly()
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
