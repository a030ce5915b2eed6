using System.Globalization;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Coaching;
using PaceLink.Service.Sessions;

namespace PaceLink.BlueZLane.LiveCentral;

/// <summary>
/// Lines the lane script reads without a JSON tool: "event WALLCLOCK JSON", "link WALLCLOCK SENSOR
/// STATUS REASON", "summary …". Wall-clock times are session times divided by the speed.
/// </summary>
internal sealed class LaneOutput(double speed) : ICoachingSink
{
    private DateTimeOffset _origin;
    private int? _lastHeartRate;

    public string Name => "lane output";

    public void OnStarted(SessionStart start)
    {
        _origin = start.StartedUtc;
        Write($"started {Utc(TimeSpan.Zero)} trace {start.TracePath}");
    }

    /// <summary>The engine's heart rate, printed whenever it changes: proof the strap's beats reached the engine.</summary>
    public void OnSnapshot(PaceLink.Core.Engine.CoachingSnapshot snapshot)
    {
        if (snapshot.HeartRate is not { } bpm || bpm == _lastHeartRate) return;
        _lastHeartRate = bpm;
        Write($"heart-rate {Utc(snapshot.At)} {bpm}");
    }

    public void OnEvent(CoachingEvent cue) => Write($"event {Utc(cue.At)} {CoachingEventJson.Serialize(cue)}");

    public void Link(LinkChange change) => Write($"link {Utc(change.At)} {change.Sensor} {change.Status} {change.Reason}");

    public static void Write(string line)
    {
        lock (Console.Out) Console.Out.WriteLine(line);
    }

    /// <summary>Wall-clock time of a session time; before the session starts (links connecting), now.</summary>
    private string Utc(TimeSpan at) =>
        (_origin == default ? DateTimeOffset.UtcNow : _origin + at / speed).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
