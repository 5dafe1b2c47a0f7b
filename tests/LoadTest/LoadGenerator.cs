using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace SafetyBot.LoadTest;

/// <summary>What one measured phase against one target gave.</summary>
public sealed class PhaseResult
{
    public required string Target { get; init; }
    public required TimeSpan Elapsed { get; init; }
    public required long[] LatencyTicks { get; init; }
    public required Dictionary<ReplyKind, long> Kinds { get; init; }
    public required Dictionary<(QuestionKind Asked, ReplyKind Got), long> Mix { get; init; }
    public required long Exceptions { get; init; }
    public required Dictionary<int, long> StatusCodes { get; init; }
    public required int MaxPerUser { get; init; }
    public required int UsersSeen { get; init; }
    public string? FirstError { get; init; }

    public long Requests => LatencyTicks.Length;
    public long Errors => Exceptions + Kinds.Where(k => Replies.IsError(k.Key)).Sum(k => k.Value);
    public long Ok => Requests - Errors;
    public double Throughput => Ok / Elapsed.TotalSeconds;

    public double PercentileMs(double p)
    {
        if (LatencyTicks.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100.0 * LatencyTicks.Length) - 1;
        return LatencyTicks[Math.Clamp(rank, 0, LatencyTicks.Length - 1)] * 1000.0 / Stopwatch.Frequency;
    }
}

/// <summary>
/// A closed loop: <c>concurrency</c> workers, one request in flight each, over as many pooled HTTP/1.1
/// connections. Request n goes to user n mod users (their own from.id, aadObjectId and conversation),
/// with question (n + n / users) mod 20, so each user asks the rotation in turn and every user sends
/// the same number of messages, ±1.
/// </summary>
public sealed class LoadGenerator(Uri baseAddress, int users, int concurrency) : IDisposable
{
    private readonly HttpClient client = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = concurrency,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(15),
    };

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private long sequence;

    /// <summary>Runs the loop for <paramref name="duration"/>; requests started before the end are waited for (each at most 15 s).</summary>
    public async Task<PhaseResult> RunAsync(string target, TimeSpan duration)
    {
        var perUser = new int[users];
        var workers = new Worker[concurrency];
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var tasks = new Task[concurrency];
        for (var i = 0; i < concurrency; i++)
        {
            workers[i] = new Worker();
            var worker = workers[i];
            tasks[i] = Task.Run(() => LoopAsync(worker, end, perUser));
        }

        await Task.WhenAll(tasks);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var latencies = workers.SelectMany(w => w.Latencies).ToArray();
        Array.Sort(latencies);
        var kinds = new Dictionary<ReplyKind, long>();
        var mix = new Dictionary<(QuestionKind, ReplyKind), long>();
        var statuses = new Dictionary<int, long>();
        foreach (var worker in workers)
        {
            foreach (var (key, count) in worker.Mix)
            {
                mix[key] = mix.GetValueOrDefault(key) + count;
                kinds[key.Got] = kinds.GetValueOrDefault(key.Got) + count;
            }

            foreach (var (status, count) in worker.Statuses)
            {
                statuses[status] = statuses.GetValueOrDefault(status) + count;
            }
        }

        return new PhaseResult
        {
            Target = target,
            Elapsed = elapsed,
            LatencyTicks = latencies,
            Kinds = kinds,
            Mix = mix,
            Exceptions = workers.Sum(w => w.Exceptions),
            StatusCodes = statuses,
            MaxPerUser = perUser.Max(),
            UsersSeen = perUser.Count(c => c > 0),
            FirstError = workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null),
        };
    }

    private async Task LoopAsync(Worker worker, long end, int[] perUser)
    {
        var questions = Questions.Rotation.Count;
        while (Stopwatch.GetTimestamp() < end)
        {
            var n = Interlocked.Increment(ref sequence) - 1;
            var user = (int)(n % users);
            var question = (int)((n + n / users) % questions);
            Interlocked.Increment(ref perUser[user]);
            var body = Questions.Activity(n, user, Questions.EncodedText[question]);
            var asked = Questions.Rotation[question].Kind;

            var begin = Stopwatch.GetTimestamp();
            try
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = Json;
                using var response = await client.PostAsync("api/messages", content);
                var bytes = await response.Content.ReadAsByteArrayAsync();
                var kind = response.StatusCode == HttpStatusCode.OK ? Replies.Classify(bytes) : ReplyKind.BadResponse;
                worker.Latencies.Add(Stopwatch.GetTimestamp() - begin);
                worker.Count((int)response.StatusCode, asked, kind);
                if (Replies.IsError(kind))
                {
                    worker.FirstError ??= $"{(int)response.StatusCode} {kind}: {System.Text.Encoding.UTF8.GetString(bytes.AsSpan(0, Math.Min(bytes.Length, 300)))}";
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                worker.Latencies.Add(Stopwatch.GetTimestamp() - begin);
                worker.Exceptions++;
                worker.FirstError ??= $"{ex.GetType().Name}: {ex.Message}";
            }
        }
    }

    /// <summary>One answer to <paramref name="text"/> as user 0, for the cold start: the reply kind, or null while the server is not up.</summary>
    public async Task<ReplyKind?> AskOnceAsync(string text, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new ByteArrayContent(Questions.Activity(Interlocked.Increment(ref sequence), 0, System.Text.Json.JsonSerializer.Serialize(text)));
            content.Headers.ContentType = Json;
            using var response = await client.PostAsync("api/messages", content, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return ReplyKind.BadResponse;
            }

            return Replies.Classify(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    public void Dispose() => client.Dispose();

    private sealed class Worker
    {
        public List<long> Latencies { get; } = new(capacity: 4096);
        public Dictionary<(QuestionKind Asked, ReplyKind Got), long> Mix { get; } = [];
        public Dictionary<int, long> Statuses { get; } = [];
        public long Exceptions { get; set; }
        public string? FirstError { get; set; }

        public void Count(int status, QuestionKind asked, ReplyKind got)
        {
            Statuses[status] = Statuses.GetValueOrDefault(status) + 1;
            Mix[(asked, got)] = Mix.GetValueOrDefault((asked, got)) + 1;
        }
    }
}
