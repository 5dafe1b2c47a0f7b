namespace SafetyBot.Bot.Channel;

/// <summary>Supplies the outbound bearer token; none when auth is off.</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>Auth off (local development with the Teams client emulator): no token is sent.</summary>
public sealed class NoConnectorToken : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
