namespace SafetyBot.Bot.Channel;

/// <summary>
/// Says whether a turn must run even when every turn slot is taken (<see cref="TurnConcurrencyLimiter"/>):
/// an acute case gets its act-now steps, never "druk".
/// </summary>
public interface IUrgentTurn
{
    bool IsUrgent(Activity activity);
}
