using System.Globalization;
using PaceLink.Core.Coaching;
using PaceLink.Service.Sessions;
using PaceLink.Simulation.Runner;
using PaceLink.Core.Text;

namespace PaceLink.Cli.Emulation;

/// <summary>
/// What the emulator prints: one line per coaching event its runner hears and, at the end, where
/// each rep truly crossed its distance, in wall-clock UTC (session time divided by the speed) so it
/// can be set beside a central's trace.
/// Lines start with a word (event, truth, summary) so scripts can pick them out without a JSON tool.
/// </summary>
internal sealed class EmulatorReport(CliOutput io, bool json, double speed) : ICoachingSink
{
    private DateTimeOffset _origin;

    public string Name => "emulator report";

    public void OnStarted(SessionStart start)
    {
        _origin = start.StartedUtc;
        Write($"started {Utc(TimeSpan.Zero)} workout \"{start.Plan.Name}\" trace {start.TracePath ?? "(none)"}");
    }

    public void OnEvent(CoachingEvent cue) =>
        Write(json ? "event " + CoachingEventJson.Serialize(cue) : $"event {Utc(cue.At)} {EventText.BriefLine(cue)}");

    /// <summary>
    /// Prints the true crossing of every rep the runner ran, and the true distance when the sensor
    /// sent its last measurement (what a central's, or a relay's, final total should come to).
    /// </summary>
    public void Truth(RunnerTruth truth, TimeSpan lastSent)
    {
        foreach (var rep in truth.Reps)
        {
            var crossing = rep.CrossingAt is { } c ? Utc(c) : "none";
            var split = rep.SplitSeconds is { } s ? s.ToString("0.000", CultureInfo.InvariantCulture) : "none";
            Write($"truth set {rep.Set} rep {rep.Rep} go {Utc(rep.GoAt)} crossing {crossing} split {split}");
        }
        Write(string.Create(CultureInfo.InvariantCulture, $"truth distance {truth.DistanceAt(lastSent):0.00} m at the last measurement {Utc(lastSent)}"));
    }

    public void Write(string line)
    {
        lock (io) io.Out.WriteLine(line);
    }

    private string Utc(TimeSpan at) => (_origin + at / speed).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
