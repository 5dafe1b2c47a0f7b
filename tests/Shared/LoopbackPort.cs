using System.Net;
using System.Net.Sockets;

namespace SafetyBot.TestSupport;

internal static class LoopbackPort
{
    /// <summary>A port on 127.0.0.1 that was free a moment ago (the OS picks it; the listener is closed again).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
