using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Text;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;
using PaceLink.Views.Terminal;
using PaceLink.Service.Sessions;
using Spectre.Console;

namespace PaceLink.Service.Tests.Alerts.Terminal;

public class TerminalViewTests
{
    private static readonly WorkoutPlan Plan = WorkoutPresets.Intervals(2, Pace.FromSecondsPerKm(240), TimeSpan.FromMinutes(15), null, TimeSpan.FromMinutes(10));
    private static readonly SessionStart Start = new(DateTimeOffset.UnixEpoch, Plan, new WorkoutSettings(), "/tmp/t.jsonl", [new SensorInfo("pod", SensorKind.Rsc)]);

    private static (IAnsiConsole Console, StringWriter Text) Console(bool interactive)
    {
        var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(text),
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = AnsiSupport.No,
        });
        console.Profile.Width = 100;
        return (console, text);
    }

    private static CoachingSnapshot RepSnapshot => new()
    {
        At = TimeSpan.FromSeconds(960),
        Phase = Phase.Rep,
        Set = 1,
        Rep = 2,
        RepDistanceMetres = 250,
        RepTargetMetres = 400,
        CurrentPace = Pace.FromSecondsPerKm(250),
        TargetPace = Pace.FromSecondsPerKm(240),
        ProjectedSplitSeconds = 99.2,
        TargetSplitSeconds = 96,
        HeartRate = 168,
        OffPace = PaceDirection.Slow,
    };

    [Fact]
    public void ARedirectedConsolePrintsOnePlainLinePerEvent()
    {
        var (console, text) = Console(interactive: false);
        var view = new TerminalView(console, TimeProvider.System);
        Assert.False(view.Interactive);
        view.OnStarted(Start);
        view.OnEvent(new PhaseStarted(TimeSpan.FromMinutes(15), Phase.Rep, 1, 1));
        view.OnSnapshot(RepSnapshot);
        view.OnEvent(new RepCompleted(TimeSpan.FromSeconds(995.6), 1, 1, 95.6, 400));
        view.OnEvent(new Countdown(TimeSpan.FromSeconds(1045.6), 10));
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
        [
            "10k intervals: 17 steps, sensors pod",
            "[15:00.0] GO! Set 1, rep 1: 400 m at 4:00/km (target 1:36.0)",
            "[16:35.6] Rep done: 1:35.6 (target 1:36.0, -0.4 s)",
            "[17:25.6] 10 seconds",
        ], lines);
    }

    [Fact]
    public void TheLiveLayoutShowsPhaseBarPaceHeartRateAndTheReps()
    {
        var model = new TerminalModel();
        model.Started(Start);
        model.Snapshot(RepSnapshot with { Rep = 1 });
        model.Event(new RepCompleted(TimeSpan.FromSeconds(995.6), 1, 1, 95.6, 400));
        model.Snapshot(RepSnapshot);
        var (console, text) = Console(interactive: false);
        console.Write(TerminalLayout.Render(model.Read()));
        var screen = text.ToString();
        Assert.Contains("REP  set 1 of 2 · rep 2 of 4", screen);
        Assert.Contains("250 of 400 m done · 150 m to go", screen);
        Assert.Contains("pace 4:10/km  target 4:00/km  heading for 1:39.2 of 1:36.0", screen);
        Assert.Contains("168 bpm", screen);
        Assert.Contains("1:35.6", screen);
        Assert.Contains("-0.4", screen);
    }

    [Fact]
    public void TheRepTableShowsTheEnginesAverageHeartRateForTheRepNotTheLastReading()
    {
        var model = new TerminalModel();
        model.Started(Start);
        model.Snapshot(RepSnapshot with { Rep = 1, HeartRate = 177 });
        model.Event(new RepCompleted(TimeSpan.FromSeconds(995.6), 1, 1, 95.6, 400));
        model.PhaseEnded(new PhaseSummary(Phase.Rep, 1, 1, TimeSpan.FromSeconds(900), TimeSpan.FromSeconds(995.6),
            TimeSpan.FromSeconds(95.6), 400, 163, 178, 141, 177, PhaseEnd.Distance));
        var (console, text) = Console(interactive: false);
        console.Write(TerminalLayout.Render(model.Read()));
        var screen = text.ToString();
        Assert.Contains("avg HR", screen);
        Assert.Contains("163", screen);
        var row = Assert.Single(model.Read().Reps);
        Assert.Equal((163, 178), (row.AverageHeartRate, row.MaxHeartRate));
    }

    [Fact]
    public void ASessionInMilesShowsItsPacesPerMileAndItsRepsInMetres()
    {
        var model = new TerminalModel();
        model.Started(Start with { Settings = new WorkoutSettings { Units = DistanceUnit.Miles } });
        model.Snapshot(RepSnapshot);
        var (console, text) = Console(interactive: false);
        console.Write(TerminalLayout.Render(model.Read()));
        var screen = text.ToString();
        Assert.Contains("pace 6:42/mi  target 6:26/mi", screen);
        Assert.Contains("250 of 400 m done", screen);
        Assert.DoesNotContain("/km", screen);
    }

    [Fact]
    public void ARestAndASetRestNameTheRepThatComesNext()
    {
        var model = new TerminalModel();
        model.Started(Start);
        var setRest = Plan.IndexOf(Phase.SetRest, 1, 0);
        model.Snapshot(new CoachingSnapshot { Phase = Phase.SetRest, Set = 1, StepIndex = setRest, PhaseRemaining = TimeSpan.FromSeconds(200) });
        Assert.Contains("SET REST  set 1 done · next: set 2, rep 1 of 4", Screen(model));
        model.Snapshot(new CoachingSnapshot { Phase = Phase.Rest, Set = 2, Rep = 1, StepIndex = setRest + 2, PhaseRemaining = TimeSpan.FromSeconds(50) });
        Assert.Contains("REST  next: set 2, rep 2 of 4", Screen(model));
    }

    private static string Screen(TerminalModel model)
    {
        var (console, text) = Console(interactive: false);
        console.Write(TerminalLayout.Render(model.Read()));
        return text.ToString();
    }

    [Fact]
    public void TheBigNumberIsTheCountdownThenTimeLeftThenMetres()
    {
        var model = new TerminalModel();
        model.Started(Start);
        model.Snapshot(new CoachingSnapshot { Phase = Phase.Rest, PhaseRemaining = TimeSpan.FromSeconds(42) });
        Assert.Equal("0:42", TerminalLayout.BigText(model.Read()));
        model.Event(new Countdown(TimeSpan.FromSeconds(100), 3));
        Assert.Equal("3", TerminalLayout.BigText(model.Read()));
        model.Event(new PhaseStarted(TimeSpan.FromSeconds(103), Phase.Rep, 1, 2));
        model.Snapshot(RepSnapshot);
        Assert.Equal("250 m", TerminalLayout.BigText(model.Read()));
    }

    [Fact]
    public async Task AnInteractiveConsoleDrawsTheLiveDisplayUntilTheSessionEnds()
    {
        var (console, text) = Console(interactive: true);
        var view = new TerminalView(console, TimeProvider.System);
        Assert.True(view.Interactive);
        view.OnStarted(Start);
        view.OnEvent(new PhaseStarted(TimeSpan.Zero, Phase.Warmup, 0, 0));
        await view.RunAsync(() => true, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("PaceLink · 10k intervals", text.ToString());
        Assert.DoesNotContain("Warm-up 15:00: jog easy\n", text.ToString().Replace("\r", ""));
    }

    [Theory]
    [InlineData("off_pace_slow", "Too slow: heading for 1:41.5")]
    [InlineData("back", "Back on pace")]
    [InlineData("lost", "Lost the foot pod")]
    [InlineData("restored", "The heart-rate strap is back")]
    [InlineData("done", "Done")]
    [InlineData("set_rest", "Set 1 done. Rest 3:30 between sets")]
    public void CuesReadLikeACoachWouldSayThem(string which, string expected)
    {
        CoachingEvent cue = which switch
        {
            "off_pace_slow" => new OffPace(TimeSpan.Zero, PaceDirection.Slow, 101.5),
            "back" => new BackOnPace(TimeSpan.Zero),
            "lost" => new SensorLost(TimeSpan.Zero, "pod"),
            "restored" => new SensorRestored(TimeSpan.Zero, "hr"),
            "done" => new PhaseStarted(TimeSpan.Zero, Phase.Done, 0, 0),
            _ => new PhaseStarted(TimeSpan.Zero, Phase.SetRest, 1, 0),
        };
        Assert.Equal(expected, EventText.Full(cue, Plan));
    }
}
