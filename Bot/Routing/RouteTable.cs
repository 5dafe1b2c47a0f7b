using SafetyBot.Bot.Channel;

namespace SafetyBot.Bot.Routing;

public delegate Task TurnHandler(TurnContext turn);

/// <summary>
/// Handles a card action (a verb) or an invoke and returns its answer: the router writes it as the
/// inline HTTP answer, so every path of a handler must say what the user's client gets back.
/// </summary>
public delegate Task<InvokeResponse> InvokeHandler(TurnContext turn);

/// <summary>A flow adds its named routes here; each flow owns its own folder under Flows/.</summary>
public interface IBotFlow
{
    void MapRoutes(RouteTableBuilder routes);
}

/// <summary>A message handler that runs before commands are matched, e.g. an open quiz round that takes answers.</summary>
public sealed record MessageInterceptor(string Name, Func<TurnContext, ValueTask<bool>> TryHandleAsync);

public sealed record EventRoute(string Name, string ActivityType, Func<TurnContext, bool> Applies, TurnHandler Handler);

/// <summary>Collects routes from the flows; a name used twice fails when the table is built, at start-up.</summary>
public sealed class RouteTableBuilder
{
    private readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (string Name, TurnHandler Handler)> commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (string Name, InvokeHandler Handler)> verbs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (string Name, InvokeHandler Handler)> invokes = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<EventRoute> events = [];
    private readonly List<MessageInterceptor> interceptors = [];
    private (string Name, TurnHandler Handler)? fallback;

    /// <summary>A command of the command table (docs/design.md, "Commands"; see <see cref="Commands"/>).</summary>
    public RouteTableBuilder OnCommand(string command, TurnHandler handler)
    {
        if (!CommandParser.Keys.Contains(command))
        {
            throw new InvalidOperationException($"Route 'command:{command}' names a command that is not in the command table.");
        }

        Add(commands, $"command:{command}", command, handler);
        return this;
    }

    /// <summary>A card action verb (<c>flow.action</c>), from Action.Execute or Action.Submit.</summary>
    public RouteTableBuilder OnVerb(string verb, InvokeHandler handler)
    {
        Add(verbs, $"verb:{verb}", verb, handler);
        return this;
    }

    /// <summary>An invoke by name, other than adaptiveCard/action (which is routed by verb).</summary>
    public RouteTableBuilder OnInvoke(string name, InvokeHandler handler)
    {
        Add(invokes, $"invoke:{name}", name, handler);
        return this;
    }

    /// <summary>A non-message activity (conversationUpdate, installationUpdate, …). Every route that applies runs, in order.</summary>
    public RouteTableBuilder OnEvent(string name, string activityType, Func<TurnContext, bool> applies, TurnHandler handler)
    {
        Reserve($"event:{name}");
        events.Add(new EventRoute($"event:{name}", activityType, applies, handler));
        return this;
    }

    /// <summary>Looks at messages before commands (an open flow); returns true when it handled the turn.</summary>
    public RouteTableBuilder InterceptMessages(string name, Func<TurnContext, ValueTask<bool>> tryHandle)
    {
        Reserve($"intercept:{name}");
        interceptors.Add(new MessageInterceptor($"intercept:{name}", tryHandle));
        return this;
    }

    /// <summary>The message route used when nothing else matches (Ask).</summary>
    public RouteTableBuilder OnAnyOtherMessage(string name, TurnHandler handler)
    {
        if (fallback is not null)
        {
            throw new InvalidOperationException($"Route 'message:{name}': the fallback message route is already '{fallback.Value.Name}'.");
        }

        Reserve($"message:{name}");
        fallback = ($"message:{name}", handler);
        return this;
    }

    public RouteTable Build() => new(
        new Dictionary<string, (string, TurnHandler)>(commands, StringComparer.OrdinalIgnoreCase),
        new Dictionary<string, (string, InvokeHandler)>(verbs, StringComparer.OrdinalIgnoreCase),
        new Dictionary<string, (string, InvokeHandler)>(invokes, StringComparer.OrdinalIgnoreCase),
        [.. events],
        [.. interceptors],
        fallback);

    private void Add<THandler>(Dictionary<string, (string, THandler)> table, string name, string key, THandler handler)
    {
        Reserve(name);
        table[key] = (name, handler);
    }

    private void Reserve(string name)
    {
        if (!names.Add(name))
        {
            throw new InvalidOperationException($"Route '{name}' is registered twice.");
        }
    }
}

/// <summary>The frozen routes.</summary>
public sealed class RouteTable(
    IReadOnlyDictionary<string, (string Name, TurnHandler Handler)> commands,
    IReadOnlyDictionary<string, (string Name, InvokeHandler Handler)> verbs,
    IReadOnlyDictionary<string, (string Name, InvokeHandler Handler)> invokes,
    IReadOnlyList<EventRoute> events,
    IReadOnlyList<MessageInterceptor> interceptors,
    (string Name, TurnHandler Handler)? fallback)
{
    public IReadOnlyDictionary<string, (string Name, TurnHandler Handler)> Commands { get; } = commands;
    public IReadOnlyDictionary<string, (string Name, InvokeHandler Handler)> Verbs { get; } = verbs;
    public IReadOnlyDictionary<string, (string Name, InvokeHandler Handler)> Invokes { get; } = invokes;
    public IReadOnlyList<EventRoute> Events { get; } = events;
    public IReadOnlyList<MessageInterceptor> Interceptors { get; } = interceptors;
    public (string Name, TurnHandler Handler)? Fallback { get; } = fallback;

    public static RouteTable From(IEnumerable<IBotFlow> flows)
    {
        var builder = new RouteTableBuilder();
        foreach (var flow in flows)
        {
            flow.MapRoutes(builder);
        }

        return builder.Build();
    }
}
