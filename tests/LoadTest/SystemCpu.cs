using System.Globalization;

namespace SafetyBot.LoadTest;

/// <summary>
/// The machine's busy CPU time from <c>/proc/stat</c> (all cores, everything but idle and iowait), so
/// the report can say how much CPU other processes took during a phase: the cores are shared.
/// </summary>
public static class SystemCpu
{
    private static readonly double TicksPerSecond = 100; // USER_HZ, 100 on Linux

    public static TimeSpan Busy()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            long busy = 0;
            for (var i = 1; i < fields.Length && i <= 8; i++)
            {
                if (i is 4 or 5)
                {
                    continue; // idle, iowait
                }

                busy += long.Parse(fields[i], CultureInfo.InvariantCulture);
            }

            return TimeSpan.FromSeconds(busy / TicksPerSecond);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>The 1-minute load average, or null off Linux.</summary>
    public static string? LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return null;
        }
    }
}
