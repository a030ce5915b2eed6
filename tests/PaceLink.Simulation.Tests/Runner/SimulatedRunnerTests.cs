using PaceLink.Core.Units;
using PaceLink.Simulation.Runner;
using PaceLink.Simulation.Tests.Support;

namespace PaceLink.Simulation.Tests.Runner;

public class SimulatedRunnerTests
{
    private static readonly TimeSpan[] OneSet = [TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(45), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(3)];

    private static PerfectCoach Coached(int seed, SimulatedRunnerProfile? profile = null)
    {
        var coach = new PerfectCoach(new SimulationOptions { Seed = seed, Runner = profile ?? new SimulatedRunnerProfile() });
        coach.Coach(TimeSpan.FromMinutes(2), OneSet);
        return coach;
    }

    [Fact]
    public void SameSeedGivesTheSameSessionByteForByte()
    {
        var first = PerfectCoach.Fingerprint(Coached(42).Received);
        var second = PerfectCoach.Fingerprint(Coached(42).Received);
        Assert.True(first.Length > 1000);
        Assert.Equal(first, second);
    }

    [Fact]
    public void DifferentSeedsGiveDifferentSessions()
    {
        Assert.NotEqual(PerfectCoach.Fingerprint(Coached(1).Received), PerfectCoach.Fingerprint(Coached(2).Received));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(99)]
    public void RepAtTargetPaceFinishesNearTheTargetSplit(int seed)
    {
        var reps = Coached(seed).Run.Truth.Reps;
        Assert.Equal(4, reps.Count);
        // 400 m at 4:00/km is 96 s; the runner makes up the standing start, the pace wanders a little.
        foreach (var rep in reps) Assert.InRange(rep.SplitSeconds!.Value, 92.5, 100);
        Assert.InRange(reps.Average(r => r.SplitSeconds!.Value), 94.5, 97.5);
    }

    [Fact]
    public void ARunnerEightPercentSlowTakesAboutEightPercentLonger()
    {
        var reps = Coached(5, new SimulatedRunnerProfile { PaceError = 0.08 }).Run.Truth.Reps;
        var mean = reps.Average(r => r.SplitSeconds!.Value);
        Assert.InRange(mean, 96 * 1.08 - 2, 96 * 1.08 + 2);
    }

    [Fact]
    public void FasterTargetPaceGivesFasterReps()
    {
        var quick = Coached(3, new SimulatedRunnerProfile { RepPace = Pace.FromSecondsPerKm(200), RepToRepNoise = 0, PaceNoise = 0 }).Run.Truth.Reps;
        Assert.All(quick, r => Assert.InRange(r.SplitSeconds!.Value, 79.5, 81));
    }

    [Fact]
    public void FatigueMakesLaterRepsSlowerWithoutNoise()
    {
        var reps = Coached(3, new SimulatedRunnerProfile { RepToRepNoise = 0, PaceNoise = 0, FatiguePerRep = 0.01 }).Run.Truth.Reps;
        Assert.Equal(4, reps.Count);
        for (var i = 1; i < reps.Count; i++) Assert.True(reps[i].SplitSeconds > reps[i - 1].SplitSeconds + 0.5);
    }

    [Fact]
    public void HeartRateRisesInEveryRepAndDropsInEveryRest()
    {
        var truth = Coached(11).Run.Truth;
        Assert.Equal(4, truth.Rests.Count);
        foreach (var rest in truth.Rests)
        {
            Assert.InRange(rest.HeartRateAtStart, 160, 185);
            Assert.True(rest.HeartRateAtEnd < rest.HeartRateAtStart - 12, $"rest after rep {rest.Rep}: {rest.HeartRateAtStart:0} -> {rest.HeartRateAtEnd:0}");
        }
        // A longer rest recovers more.
        var drop60 = truth.Rests[0].HeartRateAtStart - truth.Rests[0].HeartRateAtEnd!.Value;
        var drop30 = truth.Rests[2].HeartRateAtStart - truth.Rests[2].HeartRateAtEnd!.Value;
        Assert.True(drop60 > drop30);
    }

    [Fact]
    public void RunnerStandsAtTheLineAndStartsOnlyAfterReacting()
    {
        var coach = new PerfectCoach(new SimulationOptions { Seed = 4 });
        coach.Coach(TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(30));
        var truth = coach.Run.Truth;
        var go = truth.Reps[0].GoAt;
        Assert.Equal(truth.DistanceAt(go), truth.DistanceAt(go + TimeSpan.FromMilliseconds(300)), 3);
        Assert.True(truth.DistanceAt(go + TimeSpan.FromSeconds(3)) - truth.DistanceAt(go) > 5);
    }

    [Fact]
    public void RunnerHearsTheRepCompleteCueAndTheTruthKeepsIt()
    {
        var rep = Coached(8).Run.Truth.Reps[0];
        Assert.NotNull(rep.CueHeardAt);
        Assert.InRange(rep.CueErrorSeconds!.Value, 0, 0.03);
    }
}
