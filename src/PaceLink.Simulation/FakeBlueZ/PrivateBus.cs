using System.Diagnostics;

namespace PaceLink.Simulation.FakeBlueZ;

/// <summary>
/// A private dbus-daemon on a unix socket in a temporary folder, so the radio-less demo and the
/// tests never touch the machine's system bus. Waits for the daemon to print its address
/// (bounded), kills it on dispose.
/// </summary>
public sealed class PrivateBus : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);
    private static readonly HashSet<Process> Running = [];

    static PrivateBus()
    {
        // A test process that dies without disposing must not leave daemons behind.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        AppDomain.CurrentDomain.UnhandledException += (_, _) => KillAll();
    }

    private static void KillAll()
    {
        lock (Running)
            foreach (var daemon in Running)
                try { daemon.Kill(); } catch (InvalidOperationException) { } // already gone
    }
    private readonly Process _daemon;
    private readonly string _folder;

    private PrivateBus(Process daemon, string folder, string address)
    {
        _daemon = daemon;
        _folder = folder;
        Address = address;
    }

    /// <summary>The address clients connect to ("unix:path=/tmp/…/bus,guid=…").</summary>
    public string Address { get; }

    /// <summary>Starts a bus. With <paramref name="denyBlueZ"/> the policy refuses calls to org.bluez, as the system bus does for users outside the bluetooth group.</summary>
    public static async Task<PrivateBus> StartAsync(bool denyBlueZ = false)
    {
        var folder = Directory.CreateTempSubdirectory("pacelink-bus-").FullName;
        var config = Path.Combine(folder, "bus.conf");
        await File.WriteAllTextAsync(config, Config(Path.Combine(folder, "bus"), denyBlueZ));
        var start = new ProcessStartInfo("dbus-daemon", ["--config-file=" + config, "--nofork", "--print-address=1"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process daemon;
        try
        {
            daemon = Process.Start(start) ?? throw new InvalidOperationException("dbus-daemon did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("dbus-daemon is not installed (Debian: apt-get install dbus-daemon)", e);
        }
        using var timeout = new CancellationTokenSource(StartTimeout);
        string? address;
        try
        {
            address = await daemon.StandardOutput.ReadLineAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            daemon.Kill();
            throw new TimeoutException($"dbus-daemon printed no address within {StartTimeout.TotalSeconds} s");
        }
        if (string.IsNullOrWhiteSpace(address))
        {
            daemon.Kill();
            throw new InvalidOperationException("dbus-daemon printed no address: " + await daemon.StandardError.ReadToEndAsync());
        }
        lock (Running) Running.Add(daemon);
        return new PrivateBus(daemon, folder, address.Trim());
    }

    private static string Config(string socket, bool denyBlueZ) => $"""
        <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
         "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
        <busconfig>
          <type>custom</type>
          <listen>unix:path={socket}</listen>
          <auth>EXTERNAL</auth>
          <policy context="default">
            <allow user="*"/>
            <allow own="*"/>
            <allow send_destination="*" eavesdrop="true"/>
            <allow eavesdrop="true"/>
            {(denyBlueZ ? "<deny send_destination=\"org.bluez\"/>" : "")}
          </policy>
        </busconfig>
        """;

    public async ValueTask DisposeAsync()
    {
        lock (Running) Running.Remove(_daemon);
        if (!_daemon.HasExited)
        {
            _daemon.Kill();
            await _daemon.WaitForExitAsync();
        }
        _daemon.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
