namespace SafetyBot.TestSupport;

/// <summary>Runs a command line tool to completion and keeps what it printed.</summary>
public sealed record ProcessRun(int ExitCode, string Output)
{
    /// <summary>
    /// Runs <paramref name="fileName"/>; an <paramref name="environment"/> value of null removes that
    /// variable. Throws <see cref="TimeoutException"/> (with the output) after <paramref name="timeout"/>.
    /// </summary>
    public static async Task<ProcessRun> RunAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var argumentList = arguments.ToList();
        var set = new Dictionary<string, string>();
        var removed = new List<string>();
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                removed.Add(key);
            }
            else
            {
                set[key] = value;
            }
        }

        using var child = ChildProcess.Start(fileName, fileName, argumentList, workingDirectory, set, removed, outputLimit: int.MaxValue);
        await child.WaitForExitAsync(timeout, $"{fileName} {string.Join(' ', argumentList)}");
        return new ProcessRun(child.ExitCode, child.Output);
    }
}
