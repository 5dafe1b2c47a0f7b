using System.Globalization;

namespace SafetyBot.LoadTest;

/// <summary>
/// A server under test as a child process on 127.0.0.1: its output is drained (the last lines kept
/// for a failure message), its memory read from <c>/proc/&lt;pid&gt;/status</c>, and it is killed
/// with its process tree when disposed.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly ChildProcess process;
    private readonly LastLines lastLines;

    private ServerProcess(ChildProcess process, LastLines lastLines, int port, string? dataDirectory)
    {
        this.process = process;
        this.lastLines = lastLines;
        Port = port;
        DataDirectory = dataDirectory;
    }

    public int Port { get; }
    public string? DataDirectory { get; }
    public int Pid => process.Id;
    public bool HasExited => process.HasExited;
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>Starts <c>dotnet &lt;dll&gt; args</c> with the given environment; returns at once (the clock for the cold start runs from before this call).</summary>
    public static ServerProcess Start(string dll, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, int port, string? dataDirectory)
    {
        var lastLines = new LastLines(40);
        var process = ChildProcess.Start(Path.GetFileName(dll), DotnetHost(), [dll, .. args], Path.GetDirectoryName(dll)!, environment, outputLimit: 0, onLine: lastLines.Add);
        return new ServerProcess(process, lastLines, port, dataDirectory);
    }

    public static int FreePort() => LoopbackPort.Free();

    /// <summary>The dotnet host that runs this tool, so the servers run on the same runtime.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
    }

    public string LastOutput() => lastLines.Text();

    /// <summary>VmRSS and VmHWM (peak resident set) in bytes, from /proc; null when not on Linux or gone.</summary>
    public (long Rss, long Peak)? Memory()
    {
        try
        {
            long rss = 0, peak = 0;
            foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kilobytes(line);
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = Kilobytes(line);
                }
            }

            return (rss * 1024, peak * 1024);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        static long Kilobytes(string line) =>
            long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    /// <summary>User + system CPU time of the server so far.</summary>
    public TimeSpan CpuTime() => process.CpuTime();

    public void Dispose()
    {
        process.Dispose();
        if (DataDirectory is not null)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS's temp cleanup.
            }
        }
    }

    /// <summary>The last lines a server printed, for a failure message.</summary>
    private sealed class LastLines(int count)
    {
        private readonly Queue<string> lines = new();
        private readonly Lock gate = new();

        public void Add(string line)
        {
            lock (gate)
            {
                lines.Enqueue(line);
                if (lines.Count > count)
                {
                    lines.Dequeue();
                }
            }
        }

        public string Text()
        {
            lock (gate)
            {
                return string.Join('\n', lines);
            }
        }
    }
}
