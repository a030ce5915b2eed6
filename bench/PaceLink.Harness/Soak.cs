using PaceLink.Core.Coaching;

namespace PaceLink.Harness;

/// <summary>
/// Soak on the real scheduler: a live session with the simulated runner (pod and strap at 4 Hz)
/// for `--minutes` of wall time; every countdown cue is timed against when it was due.
/// The full check is `--minutes 60`.
/// </summary>
internal static class Soak
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var a = new Args(argv);
        var minutes = a.Number("minutes", 10);
        var hz = a.Number("hz", 4);
        a.CheckAllKnown();
        var timing = new CueTiming();
        var rig = new LiveRig(clock => LiveRig.Simulated(clock, hz), LiveRig.ShortWarmup(), [timing]);
        timing.Rig = rig;
        await using (rig)
        {
            await Task.Delay(TimeSpan.FromMinutes(minutes));
        }
        var within = timing.Countdowns.Count(ms => ms <= 20);
        Console.WriteLine($"soak {minutes:0.#} min on the real clock, pod and strap at {hz:0.#} Hz");
        Console.WriteLine($"countdown cues late by: {Percentiles.Describe(timing.Countdowns, "ms")}; within 20 ms: {within}/{timing.Countdowns.Count}");
        Console.WriteLine($"all timer cues late by: {Percentiles.Describe(timing.All, "ms")}");
        return 0;
    }

    private sealed class CueTiming : Service.Sessions.ICoachingSink
    {
        public LiveRig? Rig;
        public List<double> Countdowns { get; } = [];
        public List<double> All { get; } = [];
        public string Name => "cue timing";

        public void OnEvent(CoachingEvent cue)
        {
            if (Rig is null) return;
            var late = Rig.LateMs(cue.At);
            All.Add(late);
            if (cue is Countdown) Countdowns.Add(late);
        }
    }
}
