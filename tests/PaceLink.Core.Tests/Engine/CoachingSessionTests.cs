using System.Reactive.Concurrency;
using System.Reactive.Linq;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Tests.Support;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Engine;

public class CoachingSessionTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static WorkoutPlan Plan() => WorkoutPresets.Intervals(1, Pace.FromSecondsPerKm(250), warmup: S(60), cooldown: S(60));

    [Fact]
    public void SnapshotsComeEverySecondEvenWithoutInput()
    {
        var run = new Session(Plan()).Run(5.5);

        Assert.Equal([S(0), S(1), S(2), S(3), S(4), S(5)], run.Snapshots.Select(s => s.At));
        Assert.Equal(S(55), run.Snapshots[^1].PhaseRemaining);
    }

    [Fact]
    public void ASnapshotFollowsEveryNotification()
    {
        var run = new Session(Plan()).With(Runner.Steady(4).Pod(0.5, 3.5)).Run(3.9);

        Assert.Equal([0.5, 1.5, 2.5, 3.5], run.Snapshots.Where(s => s.At.TotalSeconds % 1 != 0).Select(s => s.At.TotalSeconds));
        Assert.Equal(250, run.Snapshots[^1].CurrentPace!.Value.SecondsPerKm, 6); // 4 m/s
    }

    [Fact]
    public void AnEventCausedByANotificationCarriesTheNotificationsTime()
    {
        var notes = Runner.Steady(4).Pod(0, 20).Concat(Runner.Steady(4).Pod(30.123, 40));
        var run = new Session(Plan()).With(notes).Run(40);

        Assert.Equal(S(30.123), run.Of<SensorRestored>().Single().At);
    }

    [Fact]
    public void TheFirstPhaseStartsWhenTheSessionStarts()
    {
        var scheduler = new HistoricalScheduler(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        scheduler.AdvanceBy(S(42));
        var session = new CoachingSession(Plan(), new CoachingOptions(), scheduler);
        var events = new List<CoachingEvent>();
        session.Events.Subscribe(events.Add);

        using var running = session.Start(Observable.Never<Notification>(), Observable.Never<CoachCommand>());
        scheduler.AdvanceBy(S(60));

        Assert.Equal(scheduler.Now - S(60), session.Origin);
        Assert.Equal([new PhaseStarted(S(0), Phase.Warmup, 0, 0)], events.Take(1));
        Assert.Equal(new PhaseStarted(S(60), Phase.Rep, 1, 1), events.Last());
    }

    [Fact]
    public void ASessionStartsOnlyOnce()
    {
        var session = new CoachingSession(Plan(), new CoachingOptions(), new HistoricalScheduler());
        using var running = session.Start(Observable.Never<Notification>(), Observable.Never<CoachCommand>());

        Assert.Throws<InvalidOperationException>(() => session.Start(Observable.Never<Notification>(), Observable.Never<CoachCommand>()));
    }

    [Fact]
    public void AFailingInputIsRecordedAndTheTimersCarryOn()
    {
        var scheduler = new HistoricalScheduler();
        var session = new CoachingSession(Plan(), new CoachingOptions(), scheduler);
        var events = new List<CoachingEvent>();
        session.Events.Subscribe(events.Add);

        using var running = session.Start(Observable.Throw<Notification>(new IOException("radio gone")), Observable.Never<CoachCommand>());
        scheduler.AdvanceBy(S(61));

        Assert.IsType<IOException>(session.InputError);
        Assert.Contains(new PhaseStarted(S(60), Phase.Rep, 1, 1), events);
    }

    [Fact]
    public void EventsCompleteWhenTheWorkoutIsDone()
    {
        var scheduler = new HistoricalScheduler();
        var session = new CoachingSession(Plan(), new CoachingOptions(), scheduler);
        var completed = false;
        session.Events.Subscribe(_ => { }, () => completed = true);
        var commands = Observable.Return(CoachCommand.Stop).Delay(S(5), scheduler);

        using var running = session.Start(Observable.Never<Notification>(), commands);
        scheduler.AdvanceBy(S(10));

        Assert.True(completed);
        Assert.True(session.IsDone);
    }
}
