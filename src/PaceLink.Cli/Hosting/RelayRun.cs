using System.Globalization;
using System.Reactive.Concurrency;
using PaceLink.Bluetooth;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.BlueZ;
using PaceLink.Bluetooth.Pairing;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Cli.Options;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Core.Relay;
using PaceLink.Service.Calibration;
using PaceLink.Service.Relay;
using PaceLink.Service.Sessions;
using PaceLink.Service.Storage;

namespace PaceLink.Cli.Hosting;

/// <summary>What `pacelink relay` was asked for.</summary>
internal sealed record RelayRequest
{
    public string? Adapter { get; init; }
    public string? SensorsAdapter { get; init; }
    public string? BusAddress { get; init; }
    public double? Calibration { get; init; }
    public bool? Pod { get; init; }
    public bool? HeartRate { get; init; }
    public bool? FromTreadmill { get; init; }
    public string? TracePath { get; init; }
    public string? ConfigDir { get; init; }
}

/// <summary>
/// `pacelink relay` without a coached session: the paired sensors in (reconnecting by themselves),
/// the relayed pod and strap out, until cancelled. Lines on standard output say what happens
/// ("relaying …", link changes, a watch subscribing); the end prints how much went out.
/// </summary>
internal static class RelayRun
{
    public static async Task<int> RunAsync(CliOutput io, RelayRequest request, CancellationToken cancellation)
    {
        if (request.TracePath is { } trace && OutputFile.RefuseNewTrace(trace) is { } refusal) return io.Fail($"--trace: {refusal}");
        var folder = request.ConfigDir is { Length: > 0 } dir ? dir : null;
        IReadOnlyList<SensorInfo> paired;
        try
        {
            paired = (folder is null ? SensorStore.ForUser() : new SensorStore(Path.Combine(folder, "sensors.json"))).Load();
        }
        catch (SensorStoreException e)
        {
            return io.Fail(e.Message);
        }
        if (!RelaySensors.TryChoose(paired, request.Pod, request.HeartRate, request.FromTreadmill, out var sensors, out var options, out var error))
            return io.Fail(error);
        var calibration = request.Calibration is { } given ? (Factor: given, Origin: "--calibration") : SavedCalibration(folder, sensors, options);
        var setup = new RelaySetup { Options = options with { Calibration = calibration.Factor }, Adapter = request.Adapter, CentralAdapter = request.SensorsAdapter };
        var blueZ = new BlueZOptions { BusAddress = request.BusAddress, AdapterName = request.SensorsAdapter };
        var start = TimeProvider.System.GetTimestamp();
        TimeSpan Clock() => TimeProvider.System.GetElapsedTime(start);
        var write = new Action<string>(line => { lock (io) io.Out.WriteLine(line); });
        try
        {
            await using var bluetooth = await BluetoothPlatform.OpenAsync(blueZ, cancellation);
            await bluetooth.EnsureAvailableAsync(cancellation);
            // No session here: values are relayed on the radio's threads as they arrive, one at a time.
            await using var source = new PairedSensorSource(bluetooth, sensors, null, Clock);
            await using var link = await RelayLink.StartAsync(setup, sensors, source.LinkChanges, Clock, blueZ, write, cancellation);
            link.Relay.SubscriptionChanged += (uuid, on) => write($"watch {(on ? "subscribed to" : "left")} 0x{uuid:X4}");
            write($"relaying {setup.Served} on {setup.PeripheralAdapter} from {string.Join(" and ", sensors.Select(s => $"{s.Name ?? s.Id} ({s.Address})"))}" +
                  (options.Pod ? string.Create(CultureInfo.InvariantCulture, $", calibration {calibration.Factor:0.000} ({calibration.Origin})") : ""));
            using var recorder = request.TracePath is { } path ? OpenTrace(path, sensors) : null;
            var counts = new Counts();
            using var changes = source.LinkChanges.Subscribe(c =>
            {
                write($"{c.Sensor}: {c.Status.ToString().ToLowerInvariant()} {c.Reason}".TrimEnd());
                recorder?.WriteLink(c);
            });
            // A value is sent to the watch before it is counted and recorded: the summary waits
            // for the one in flight, so it counts every value the watch got and the trace holds it.
            var relaying = new Lock();
            var stopped = false;
            using var relayed = source.Notifications.Subscribe(n =>
            {
                lock (relaying)
                {
                    if (stopped) return;
                    recorder?.WriteNotification(n);
                    if (link.Relay.Forward(n) is not { } sent) return;
                    counts.Add(sent);
                    recorder?.WriteRelayed(sent.At, sent.Sensor, sent.Characteristic, sent.Payload);
                }
            });
            try { await Task.Delay(Timeout.Infinite, cancellation); }
            catch (OperationCanceledException) { }
            lock (relaying) stopped = true;
            write(string.Create(CultureInfo.InvariantCulture,
                $"relayed {counts.Pod} pod and {counts.HeartRate} heart-rate values; total distance {link.Relay.TotalDistanceMetres / 1000:0.000} km"));
            return 0;
        }
        catch (BluetoothException e)
        {
            return io.Fail(BluetoothAdvice.Explain(e, "--adapter"));
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            write("stopped before the relay was up");
            return 0;
        }
    }

    /// <summary>The pod's factor from calibration.json beside sensors.json (`pacelink calibrate --save`), else 1.</summary>
    private static (double Factor, string Origin) SavedCalibration(string? folder, IReadOnlyList<SensorInfo> sensors, RelayOptions options)
    {
        if (!options.Pod || options.FromTreadmill) return (1.0, "none");
        var store = folder is null ? PodCalibrationStore.ForUser() : new PodCalibrationStore(Path.Combine(folder, PodCalibrationStore.FileName));
        var pod = sensors.First(s => s.Kind == SensorKind.Rsc);
        try
        {
            return pod.Address is { } address && store.FactorFor(address) is { } saved ? (saved, "saved") : (1.0, "none saved");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            return (1.0, $"calibration.json unreadable: {e.Message}");
        }
    }

    private static TraceWriter OpenTrace(string path, IReadOnlyList<SensorInfo> sensors)
    {
        var writer = new TraceWriter(PrivateFiles.Open(path, FileMode.CreateNew, FileShare.Read, bufferSize: 0));
        writer.WriteHeader(new TraceHeader { StartedUtc = DateTimeOffset.UtcNow, Sensors = sensors, Software = "pacelink relay" });
        return writer;
    }

    private sealed class Counts
    {
        private int _pod, _hr;
        public int Pod => Volatile.Read(ref _pod);
        public int HeartRate => Volatile.Read(ref _hr);

        public void Add(RelayedValue v)
        {
            if (v.Sensor == RelayMapper.PodSensor) Interlocked.Increment(ref _pod);
            else Interlocked.Increment(ref _hr);
        }
    }
}
