using System.Reactive.Concurrency;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Engine;

public class PhaseClockTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void ElapsedStandsStillWhilePausedAndEveryPauseIsTakenOut()
    {
        var clock = new PhaseClock(new CoachingOptions());
        clock.Restart(S(100));

        clock.Pause(S(110));
        Assert.Equal(S(10), clock.Elapsed(S(125)));
        Assert.True(clock.Resume(S(130)));
        Assert.Equal(S(20), clock.Elapsed(S(140)));
        clock.Pause(S(150));
        clock.Pause(S(155)); // a second pause while paused does not move the stop
        Assert.True(clock.Resume(S(160)));

        Assert.Equal(S(100), clock.Start);
        Assert.Equal(S(40), clock.Elapsed(S(170)));
        Assert.Equal(S(40), clock.RunningTimeAt(S(170)));
        Assert.Equal(S(100 + 30 + 60), clock.When(S(60)));
        Assert.False(clock.Paused);
        Assert.True(clock.EverPaused);
    }

    [Fact]
    public void RunningTimeAtAMomentIgnoresAPauseInProgressButElapsedDoesNot()
    {
        var clock = new PhaseClock(new CoachingOptions());
        clock.Restart(S(0));
        clock.Pause(S(30));

        Assert.Equal(S(30), clock.Elapsed(S(45)));
        Assert.Equal(S(45), clock.RunningTimeAt(S(45)));
    }

    [Fact]
    public void ResumeWithoutAPauseChangesNothing()
    {
        var clock = new PhaseClock(new CoachingOptions());
        clock.Restart(S(5));

        Assert.False(clock.Resume(S(20)));
        Assert.Equal(S(15), clock.Elapsed(S(20)));
        Assert.False(clock.EverPaused);
    }

    [Fact]
    public void ANewPhaseWhilePausedStartsWithItsClockStoppedAndNoPauseCarriedOver()
    {
        var clock = new PhaseClock(new CoachingOptions());
        clock.Restart(S(0));
        clock.Pause(S(10));
        clock.Restart(S(25)); // a lap while paused

        Assert.True(clock.Paused);
        Assert.Equal(TimeSpan.Zero, clock.Elapsed(S(40)));
        Assert.True(clock.Resume(S(40)));
        Assert.Equal(S(5), clock.Elapsed(S(45)));
        Assert.Equal(S(25 + 15 + 60), clock.When(S(60))); // from the new start, with only its own pause
    }

    [Fact]
    public void TheNextMarkOfARestIsTheLatestCountdownStillAheadThenTheEnd()
    {
        var clock = new PhaseClock(new CoachingOptions());
        var rest = WorkoutStep.Timed(Phase.Rest, S(60), 1, 1);
        clock.Restart(S(100));

        Assert.Equal((S(150), 10), clock.NextMark(S(100), rest));
        Assert.Equal((S(155), 5), clock.NextMark(S(150), rest));
        Assert.Equal((S(159), 1), clock.NextMark(S(158), rest));
        Assert.Equal((S(160), 0), clock.NextMark(S(159), rest));
    }

    [Fact]
    public void APauseMovesTheMarksOnByItsLength()
    {
        var clock = new PhaseClock(new CoachingOptions());
        var rest = WorkoutStep.Timed(Phase.Rest, S(60), 1, 1);
        clock.Restart(S(0));
        clock.Pause(S(20));
        clock.Resume(S(27));

        Assert.Equal((S(57), 10), clock.NextMark(S(27), rest));
        Assert.Equal((S(67), 0), clock.NextMark(S(66), rest));
    }

    [Theory]
    [InlineData(true, 30, 180)]
    [InlineData(false, 200, 10)]
    public void ASetRestAlsoCallsEachWholeMinuteLeftWhenAsked(bool minutes, double dueSeconds, int mark)
    {
        var clock = new PhaseClock(new CoachingOptions { MinutesInSetRest = minutes });
        var setRest = WorkoutStep.Timed(Phase.SetRest, S(210), 1, 0);
        clock.Restart(TimeSpan.Zero);

        Assert.Equal((S(dueSeconds), mark), clock.NextMark(TimeSpan.Zero, setRest));
    }

    [Fact]
    public void MarksAsLongAsThePhaseAreNotCalled()
    {
        var clock = new PhaseClock(new CoachingOptions());
        var shortRest = WorkoutStep.Timed(Phase.Rest, S(5), 1, 1);
        clock.Restart(TimeSpan.Zero);

        Assert.Equal((S(1), 4), clock.NextMark(TimeSpan.Zero, shortRest));
    }

    [Fact]
    public void CancelStopsTheArmedTimerOnAVirtualScheduler()
    {
        var scheduler = new HistoricalScheduler();
        var clock = new PhaseClock(new CoachingOptions());
        var fired = new List<int>();
        clock.Arm(scheduler.Schedule(S(10), () => fired.Add(1)));
        scheduler.AdvanceTo(scheduler.Now + S(5));
        clock.Cancel();
        clock.Arm(scheduler.Schedule(S(10), () => fired.Add(2)));
        scheduler.AdvanceTo(scheduler.Now + S(20));

        Assert.Equal([2], fired);
    }
}
