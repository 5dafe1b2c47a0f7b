using System.Text.Json;
using SafetyBot.Bot.Channel;
using SafetyBot.Bot.Storage;

namespace SafetyBot.Bot.Routing;

/// <summary>
/// Picks the handler for a turn: by activity type, then card verb, open flow, command, or the fallback.
/// After a user's message or card action it records that they are still active (their preference and
/// 1:1 conversation reference expire after Storage:RetentionDays without one).
/// </summary>
public sealed class ActivityRouter(RouteTable routes, UserActivityRecorder activityRecorder)
{
    public async Task RouteAsync(TurnContext turn)
    {
        var activity = turn.Activity;
        if (activity.IsType(ActivityTypes.Message))
        {
            await RouteMessageAsync(turn);
            await activityRecorder.RecordAsync(activity, turn.Cancellation);
        }
        else if (activity.IsType(ActivityTypes.Invoke))
        {
            await RouteInvokeAsync(turn);
            await activityRecorder.RecordAsync(activity, turn.Cancellation);
        }
        else
        {
            foreach (var route in routes.Events)
            {
                if (activity.IsType(route.ActivityType) && route.Applies(turn))
                {
                    turn.RouteName = route.Name;
                    await route.Handler(turn);
                }
            }
        }
    }

    private async Task RouteMessageAsync(TurnContext turn)
    {
        // Action.Submit (and clients without Action.Execute) send the card data as the message value.
        if (VerbOf(turn.ActionData) is { } verb && routes.Verbs.TryGetValue(verb, out var byVerb))
        {
            turn.RouteName = byVerb.Name;
            var answer = await byVerb.Handler(turn);

            // As before handlers returned their answer: an answer is written inline even for a message;
            // the plain acknowledgement is not (a plain 200, or the replies with expectReplies).
            if (!answer.IsAcknowledgement)
            {
                turn.InvokeResponse = answer;
            }

            return;
        }

        var command = CommandParser.Parse(turn.Text);

        // A command always wins over an open flow, so "stop" and "help" work in a quiz round.
        if (command is null)
        {
            foreach (var interceptor in routes.Interceptors)
            {
                if (await interceptor.TryHandleAsync(turn))
                {
                    turn.RouteName = interceptor.Name;
                    return;
                }
            }
        }

        if (command is not null && routes.Commands.TryGetValue(command.Key, out var byCommand))
        {
            turn.RouteName = byCommand.Name;
            await byCommand.Handler(turn);
            return;
        }

        if (routes.Fallback is { } fallback)
        {
            turn.RouteName = fallback.Name;
            await fallback.Handler(turn);
        }
    }

    private async Task RouteInvokeAsync(TurnContext turn)
    {
        var name = turn.Activity.Name ?? string.Empty;
        if (string.Equals(name, InvokeResponse.AdaptiveCardActionName, StringComparison.OrdinalIgnoreCase))
        {
            if (ActionVerb(turn.Activity.Value) is { } verb && routes.Verbs.TryGetValue(verb, out var byVerb))
            {
                turn.RouteName = byVerb.Name;
                turn.InvokeResponse = await byVerb.Handler(turn);
                return;
            }

            turn.RouteName = "invoke:unknown-verb";
            turn.InvokeResponse = InvokeResponse.BadRequest("unknown card action");
            return;
        }

        if (routes.Invokes.TryGetValue(name, out var byName))
        {
            turn.RouteName = byName.Name;
            turn.InvokeResponse = await byName.Handler(turn);
            return;
        }

        turn.RouteName = "invoke:unhandled";
        turn.InvokeResponse = InvokeResponse.NotImplemented;
    }

    /// <summary>The verb of an adaptiveCard/action invoke: value.action.verb.</summary>
    private static string? ActionVerb(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v
        && v.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
            ? verb.GetString()
            : null;

    /// <summary>The verb in Action.Submit data: { "verb": "…" }.</summary>
    private static string? VerbOf(JsonElement? data) =>
        data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
            ? verb.GetString()
            : null;
}
