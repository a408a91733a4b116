using System.Net;
using System.Net.Sockets;

namespace AsnCompetency.Testing;

/// <summary>
/// A TCP relay on a loopback port in front of the test PostgreSQL server, which a test can cut
/// and restore: cut, new connections are refused and open ones dropped, as when the database
/// stops; restored, it relays again on the same port, as when the database comes back.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _open = [];
    private readonly object _gate = new();
    private TcpListener? _listener;
    private CancellationTokenSource? _running;

    private TcpProxy(IPEndPoint target, int port)
    {
        _target = target;
        Port = port;
    }

    public int Port { get; }

    public static TcpProxy Start(string targetHost, int targetPort)
    {
        var address = Dns.GetHostAddresses(targetHost).First(a => a.AddressFamily == AddressFamily.InterNetwork);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var proxy = new TcpProxy(new IPEndPoint(address, targetPort), port);
        proxy.Restore();
        return proxy;
    }

    /// <summary>Relays again on the same port.</summary>
    public void Restore()
    {
        lock (_gate)
        {
            if (_listener is not null)
            {
                return;
            }

            _running = new CancellationTokenSource();
            _listener = new TcpListener(IPAddress.Loopback, Port);
            _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _listener.Start();
            _ = AcceptAsync(_listener, _running.Token);
        }
    }

    /// <summary>Refuses new connections and drops the open ones.</summary>
    public void Cut()
    {
        lock (_gate)
        {
            _running?.Cancel();
            _listener?.Stop();
            _listener = null;
            foreach (var client in _open)
            {
                // A relay that ended has disposed its clients already (their socket is gone).
                if (client.Client is { } socket)
                {
                    try
                    {
                        socket.LingerState = new LingerOption(true, 0);
                    }
                    catch (Exception e) when (e is ObjectDisposedException or SocketException)
                    {
                        // Closed in the meantime.
                    }
                }

                client.Dispose();
            }

            _open.Clear();
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            var outbound = new TcpClient();
            try
            {
                await outbound.ConnectAsync(_target, cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException)
            {
                inbound.Dispose();
                outbound.Dispose();
                continue;
            }

            lock (_gate)
            {
                _open.Add(inbound);
                _open.Add(outbound);
            }

            _ = RelayAsync(inbound, outbound, cancellationToken);
            _ = RelayAsync(outbound, inbound, cancellationToken);
        }
    }

    private static async Task RelayAsync(TcpClient from, TcpClient to, CancellationToken cancellationToken)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), cancellationToken);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // A cut or a closed connection ends the relay.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
