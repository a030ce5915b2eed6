using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PaceLink.Service.Tests.Support;

/// <summary>
/// A real Mosquitto broker (Debian's mosquitto) on a free loopback port with a generated config,
/// which a test can stop and start again on the same port with its persisted state, and
/// mosquitto_sub clients whose lines are collected.
/// </summary>
public sealed class Mosquitto : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<Process> _subscribers = [];
    private Process? _broker;

    private Mosquitto(int port) => Port = port;

    public int Port { get; }

    public string Url => $"mqtt://127.0.0.1:{Port}";

    public static async Task<Mosquitto> StartAsync()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var broker = new Mosquitto(port);
        Directory.CreateDirectory(broker._folder.File("db"));
        await File.WriteAllTextAsync(broker._folder.File("mosquitto.conf"), $"""
            listener {port} 127.0.0.1
            allow_anonymous true
            persistence true
            persistence_location {broker._folder.File("db")}/
            log_dest stderr
            """.Replace("            ", ""));
        await broker.StartBrokerAsync();
        return broker;
    }

    /// <summary>Starts the broker and waits until it takes connections.</summary>
    public async Task StartBrokerAsync()
    {
        _broker = Process.Start(new ProcessStartInfo("mosquitto", ["-c", _folder.File("mosquitto.conf")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        _broker.BeginErrorReadLine();
        _broker.BeginOutputReadLine();
        await Poll.UntilAsync(Accepts, TimeSpan.FromSeconds(10), "mosquitto to listen");
    }

    /// <summary>Stops the broker as a service stop does (SIGTERM: it saves its persisted state).</summary>
    public async Task StopBrokerAsync()
    {
        if (_broker is null) return;
        Process.Start("kill", ["-TERM", _broker.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        await _broker.WaitForExitAsync();
        _broker.Dispose();
        _broker = null;
    }

    /// <summary>mosquitto_sub on <paramref name="topic"/> at QoS 1, printing "topic payload" lines into the list returned.</summary>
    public List<string> Subscribe(string topic, string? persistentId = null)
    {
        var lines = new List<string>();
        string[] args = ["-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-t", topic, "-q", "1", "-v"];
        if (persistentId is not null) args = [.. args, "-c", "-i", persistentId];
        var sub = Process.Start(new ProcessStartInfo("mosquitto_sub", args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        sub.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (lines) lines.Add(e.Data);
        };
        sub.BeginOutputReadLine();
        sub.BeginErrorReadLine();
        _subscribers.Add(sub);
        return lines;
    }

    /// <summary>Ends every mosquitto_sub started so far (a persistent one's session stays on the broker).</summary>
    public void StopSubscribers()
    {
        foreach (var sub in _subscribers)
        {
            if (!sub.HasExited) sub.Kill();
            sub.WaitForExit();
        }
    }

    private bool Accepts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var sub in _subscribers)
        {
            if (!sub.HasExited) sub.Kill();
            sub.Dispose();
        }
        if (_broker is { HasExited: false }) _broker.Kill();
        _broker?.Dispose();
        await Task.CompletedTask;
        _folder.Dispose();
    }
}
