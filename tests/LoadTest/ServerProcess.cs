using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SafetyBot.LoadTest;

/// <summary>
/// A server under test as a child process on 127.0.0.1: its output is drained (the last lines kept
/// for a failure message), its memory read from <c>/proc/&lt;pid&gt;/status</c>, and it is killed
/// with its process tree when disposed.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process process;
    private readonly Queue<string> lastLines = new();
    private readonly Lock linesGate = new();

    private ServerProcess(Process process, int port, string? dataDirectory)
    {
        this.process = process;
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
        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var server = new ServerProcess(process, port, dataDirectory);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The dotnet host that runs this tool, so the servers run on the same runtime.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (linesGate)
        {
            lastLines.Enqueue(line);
            if (lastLines.Count > 40)
            {
                lastLines.Dequeue();
            }
        }
    }

    public string LastOutput()
    {
        lock (linesGate)
        {
            return string.Join('\n', lastLines);
        }
    }

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
    public TimeSpan CpuTime()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

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
}
