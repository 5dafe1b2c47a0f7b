namespace SafetyBot.IntegrationTests.Infrastructure;

/// <summary>
/// The edge of the machine for a bot with auth on: OpenID metadata with a signing key endorsed for
/// msteams, a client-credential token endpoint and a Connector, all on loopback.
/// </summary>
public sealed class SecuredEdge : IAsyncDisposable
{
    private SecuredEdge(TestSigningKey key, OpenIdLoopback metadata, LoopbackTokenEndpoint tokens, LoopbackConnector connector)
    {
        Key = key;
        Metadata = metadata;
        Tokens = tokens;
        Connector = connector;
    }

    public TestSigningKey Key { get; }
    public OpenIdLoopback Metadata { get; }
    public LoopbackTokenEndpoint Tokens { get; }
    public LoopbackConnector Connector { get; }

    public static async Task<SecuredEdge> StartAsync(string keyId)
    {
        var key = new TestSigningKey(keyId, "msteams");
        var metadata = await OpenIdLoopback.StartAsync();
        metadata.AddBotFrameworkKey(key);
        return new SecuredEdge(key, metadata, await LoopbackTokenEndpoint.StartAsync(SecuredBot.Secret), await LoopbackConnector.StartAsync());
    }

    /// <summary>A fresh channel token for activities whose serviceUrl is the loopback Connector.</summary>
    public string ChannelToken() => Key.CreateToken(Issuers.BotFramework, SecuredBot.AppId, Connector.ServiceUrl);

    /// <summary>The bot with auth on, its metadata and token endpoint here.</summary>
    public BotFactory CreateBot() => SecuredBot.Create(Metadata, Tokens);

    public async ValueTask DisposeAsync()
    {
        await Connector.DisposeAsync();
        await Tokens.DisposeAsync();
        await Metadata.DisposeAsync();
        Key.Dispose();
    }
}
