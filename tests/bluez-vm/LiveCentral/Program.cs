using System.Globalization;
using PaceLink.BlueZLane.LiveCentral;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.BlueZ;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Workout;
using PaceLink.Service.Sessions;

// Usage: LiveCentral --trace PATH [--bus ADDRESS] [--adapter hci0] [--workout FILE] [--target-pace 3:00]
//                    [--speed 1] [--stop-after SECONDS]
// Runs one live session over the paired sensors (PACELINK_CONFIG_DIR/sensors.json) and prints
// lane lines; exits 0 when the session ran (completed or stopped after --stop-after), 1 on errors.
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
string? Get(string name) => options.TryGetValue(name, out var v) ? v : null;

var speed = double.Parse(Get("--speed") ?? "1", CultureInfo.InvariantCulture);
var text = new WorkoutSettingsText
{
    Workout = Get("--workout") is { } file ? File.ReadAllText(file) : null,
    WorkoutName = Get("--workout") is { } f ? Path.GetFileName(f) : null,
    TargetPace = Get("--target-pace"),
};
if (!WorkoutSettings.TryParse(text, null, out var settings, out var error))
{
    Console.Error.WriteLine($"error: {error}");
    return 1;
}
var stopAfter = Get("--stop-after") is { } s ? TimeSpan.FromSeconds(double.Parse(s, CultureInfo.InvariantCulture)) : (TimeSpan?)null;

var starting = new StartingClock(); // the session's clock is made once the sensors are connected
var output = new LaneOutput(speed);
PairedSensorSource paired;
try
{
    // Retries run on wall time: the session clock only moves once the workout has started.
    paired = await PairedSensorSource.OpenAsync(starting, () => starting.Elapsed,
        blueZ: new BlueZOptions
        {
            BusAddress = Get("--bus"),
            AdapterName = Get("--adapter") ?? "hci0",
            // The VM runs under software emulation on a shared host: BlueZ's service discovery can take
            // longer than on hardware. Not much longer than that, though: after a bluetoothd restart a
            // discovery can also never finish, and then a quick new attempt is what brings the pod back.
            ConnectTimeout = TimeSpan.FromSeconds(30),
            ServicesResolvedTimeout = TimeSpan.FromSeconds(20),
        },
        options: new SensorLinkOptions { AttemptFailed = (sensor, e) => Console.WriteLine($"attempt {DateTime.UtcNow:HH:mm:ss.fff} {sensor} failed: {e.Message}") });
}
catch (BluetoothException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
await using (paired)
{
    using var links = paired.LinkChanges.Subscribe(output.Link);
    var connected = new HashSet<string>();
    var allConnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    using var waiting = paired.LinkChanges.Subscribe(c =>
    {
        lock (connected)
        {
            if (c.Status == LinkStatus.Connected) connected.Add(c.Sensor);
            if (connected.Count == paired.Sensors.Count) allConnected.TrySetResult();
        }
    });
    paired.Connect();
    try
    {
        await allConnected.Task.WaitAsync(TimeSpan.FromSeconds(double.Parse(Get("--connect-timeout") ?? "150", CultureInfo.InvariantCulture)));
    }
    catch (TimeoutException)
    {
        Console.Error.WriteLine("error: the paired sensors did not all connect in time");
        return 1;
    }
    var clock = starting.Session = new SessionClock(DateTimeOffset.UtcNow);
    using var session = new LiveSession(new LiveSessionSetup { Settings = settings, TracePath = Get("--trace")!, Sinks = [output] }, paired, clock);
    session.Start();
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; session.Stop(); };
    var pacer = new WallClockPacer(speed, TimeProvider.System);
    await pacer.RunAsync(clock, () => session.IsEnded || (stopAfter is { } limit && clock.Elapsed >= limit), cancel.Token);
    if (!session.IsEnded)
    {
        session.Stop();
        clock.AdvanceTo(clock.Elapsed + TimeSpan.FromMilliseconds(1));
    }
    var summary = await session.Completion.WaitAsync(TimeSpan.FromSeconds(10));
    foreach (var line in summary.Describe()) LaneOutput.Write("summary " + line);
    LaneOutput.Write($"summary {(summary.Completed ? "completed" : "stopped")} reps {summary.Reps.Count} notifications {summary.Notifications}");
}
return 0;
