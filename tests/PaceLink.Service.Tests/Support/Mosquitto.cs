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
    private readonly TempFolder _folder = Open(new TempFolder("mosquitto"));

    // A broker started as root drops to the mosquitto user, who must read the certificates and
    // password file here: temporary folders are made 0700, so open this one up.
    private static TempFolder Open(TempFolder folder)
    {
        if (!OperatingSystem.IsWindows()) System.IO.File.SetUnixFileMode(folder.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return folder;
    }
    private readonly List<Process> _subscribers = [];
    private Process? _broker;

    private Mosquitto(int port) => Port = port;

    public int Port { get; }

    /// <summary>With TLS: the CA file clients trust, and the one user the broker lets in.</summary>
    public string? CaFile { get; private set; }
    public const string User = "coach";
    public const string Password = "track-400s";

    public string Url => $"{(CaFile is null ? "mqtt" : "mqtts")}://127.0.0.1:{Port}";

    /// <summary>A file in the broker's folder (for a test's own credentials or CA files).</summary>
    public string File(string name) => _folder.File(name);

    public static async Task<Mosquitto> StartAsync(bool tls = false)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var broker = new Mosquitto(port);
        Directory.CreateDirectory(broker._folder.File("db"));
        var secure = "allow_anonymous true";
        if (tls)
        {
            // A throwaway CA and a server certificate for 127.0.0.1, and a password file made by mosquitto_passwd.
            var ca = TestCertificates.WriteCa(broker._folder.File("ca.pem"), "PaceLink test CA", out var caKey);
            TestCertificates.WriteServer(ca, caKey, broker._folder.File("server.pem"), broker._folder.File("server.key"));
            broker.CaFile = broker._folder.File("ca.pem");
            using var passwd = Process.Start(new ProcessStartInfo("mosquitto_passwd", ["-b", "-c", broker._folder.File("passwd"), User, Password])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            })!;
            await passwd.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            if (passwd.ExitCode != 0) throw new InvalidOperationException("mosquitto_passwd failed: " + await passwd.StandardError.ReadToEndAsync());
            secure = $"""
                allow_anonymous false
                password_file {broker._folder.File("passwd")}
                cafile {broker.CaFile}
                certfile {broker._folder.File("server.pem")}
                keyfile {broker._folder.File("server.key")}
                """;
        }
        await System.IO.File.WriteAllTextAsync(broker._folder.File("mosquitto.conf"), $"""
            listener {port} 127.0.0.1
            {secure}
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
        await Eventually.TrueAsync(Accepts, timeout: TimeSpan.FromSeconds(10), what: "mosquitto to listen");
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
        if (CaFile is not null) args = [.. args, "--cafile", CaFile, "-u", User, "-P", Password];
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
