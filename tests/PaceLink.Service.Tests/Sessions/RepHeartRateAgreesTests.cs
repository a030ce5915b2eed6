using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Service.Alerts;
using PaceLink.Service.Api;
using PaceLink.Service.Hosting;
using PaceLink.Service.Sessions;
using PaceLink.Service.Tests.Support;
using PaceLink.Simulation;

namespace PaceLink.Service.Tests.Sessions;

/// <summary>The dashboard's rep table and the session summary (the review's numbers) show one heart rate per rep.</summary>
public class RepHeartRateAgreesTests
{
    [Fact]
    public void TheDashboardShowsTheEnginesHeartRateForEveryRep()
    {
        using var folder = new TempFolder("rep-heart-rate");
        var data = folder.File("data");
        var board = new LiveBoard(new AlertSinks([]), new LiveJson(CoachingEventJson.Serialize), TimeProvider.System,
            new PaceLinkOptions { DataFolder = data }, new ListLogger<LiveBoard>());
        // A pod four times a second: snapshots repeat the last heart rate between strap samples.
        using var harness = new SimulatedSessionHarness(simulation: new SimulationOptions { Seed = 5, FootPod = new() { Hz = 4 } }, sinks: board);
        var summary = harness.RunToEnd();

        var engine = summary.Phases.Where(p => p.Phase == Phase.Rep && p.EndedBy != PhaseEnd.Stop)
            .Select(p => (p.Set, p.Rep, p.AverageHeartRate, p.MaxHeartRate)).ToList();
        var dashboard = board.Reps.Select(r => (r.Set, r.Rep, r.AverageHeartRate, r.MaxHeartRate)).ToList();
        Assert.Equal(8, engine.Count);
        Assert.All(engine, r => Assert.NotNull(r.AverageHeartRate));
        Assert.Equal(engine, dashboard);
    }
}
