using System.Net;
using System.Net.Sockets;

namespace Caaa.Cli.Stack;

internal static class LocalPorts
{
    /// <summary>A port on 127.0.0.1 that nothing listens on right now.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Throws a clear error when <paramref name="port"/> is already taken.</summary>
    public static void EnsureFree(int port, string owner)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
        }
        catch (SocketException)
        {
            throw new StackException(
                $"Port {port} on 127.0.0.1 (for {owner}) is already in use. Stop what listens there " +
                $"(ss -ltnp 'sport = :{port}') or choose another port.");
        }
    }
}
