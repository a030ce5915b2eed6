using System.Reactive.Concurrency;
using System.Reactive.Linq;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Bluetooth.Tests.Support;
using PaceLink.Core.Engine;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;
using PaceLink.Simulation.FakeBlueZ;

namespace PaceLink.Bluetooth.Tests.BlueZ;

/// <summary>Notifications from the fake BlueZ, through the real backend and the sensor link, into the coaching engine.</summary>
public sealed class CoachingOverBlueZTests
{
    private static readonly SensorInfo Pod = new("pod", SensorKind.Rsc, "PaceLink Pod", FakeDevices.PodAddress);

    private static byte[] Rsc(double metres) => new RscMeasurement(3.5, 88, 1.2, metres, true).ToArray();

    [Fact]
    public async Task TheEngineKeepsItsDistanceWhileAPodDropsAndReconnects()
    {
        await using var rig = await BlueZRig.StartAsync();
        rig.Fake.MakeKnown(FakeDevices.PodAddress);
        // Never disposed: a late radio callback scheduling on a disposed loop would throw on a bus thread.
        // The loop's thread is a background thread and ends with the test process.
        var loop = new EventLoopScheduler(start => new Thread(start) { IsBackground = true, Name = "engine loop" });
        var origin = loop.Now;
        await using var source = new PairedSensorSource(rig.Bluetooth, [Pod], loop, () => loop.Now - origin, LiveLink.FastRetry, TaskPoolScheduler.Default);
        var changes = source.LinkChanges.Replay();
        using var _ = changes.Connect();
        var session = new CoachingSession(WorkoutPresets.Intervals(1, Pace.FromSecondsPerKm(240)), new CoachingOptions(), loop);
        var snapshots = session.Snapshots.Replay();
        using var __ = snapshots.Connect();
        await OnLoop(loop, () => session.Start(source.Notifications, Observable.Never<CoachCommand>()));
        try
        {
            await DropAndReconnect(rig, changes, snapshots);
        }
        finally
        {
            // The engine schedules on the loop: stop it there, before the loop goes away.
            await OnLoop(loop, session.Dispose);
        }
    }

    private static async Task DropAndReconnect(BlueZRig rig, IObservable<LinkChange> changes, IObservable<CoachingSnapshot> snapshots)
    {
        await Eventually.FirstAsync(changes, c => c.Status == LinkStatus.Connected);
        await Feed(rig, snapshots, 1000.0, 0);
        await Feed(rig, snapshots, 1030.0, 30);
        rig.Fake.DropConnection(FakeDevices.PodAddress);
        await Eventually.FirstAsync(changes.Where(c => c.Status == LinkStatus.Connected).Skip(1), _ => true);
        await Feed(rig, snapshots, 1060.0, 60);
        var last = await Feed(rig, snapshots, 1090.0, 90);

        // 90 m counted by the pod; the engine may add up to a stride of lag compensation. A lost or doubled span would be 30 m off.
        Assert.InRange(last.TotalDistanceMetres, 90.0, 93.0);
        Assert.Equal([LinkStatus.Connected, LinkStatus.Lost, LinkStatus.Connected], await changes.Take(3).Select(c => c.Status).ToArray().Timeout(TimeSpan.FromSeconds(30)));
    }

    /// <summary>Sends one pod notification and waits for the engine to show the distance it implies.</summary>
    private static Task<CoachingSnapshot> Feed(BlueZRig rig, IObservable<CoachingSnapshot> snapshots, double podTotal, double sessionTotal)
    {
        var shown = Eventually.FirstAsync(snapshots, s => s.TotalDistanceMetres >= sessionTotal && s.At > TimeSpan.Zero);
        Assert.True(rig.Fake.Notify(FakeDevices.PodAddress, GattIds.RscMeasurement, Rsc(podTotal)));
        return shown;
    }

    /// <summary>Runs <paramref name="action"/> on the loop the engine uses, and waits for it.</summary>
    private static Task OnLoop(IScheduler loop, Action action)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        loop.Schedule(() =>
        {
            try { action(); done.SetResult(); }
            catch (Exception e) { done.SetException(e); }
        });
        // Bounded, so a loop that never runs the action fails the test instead of hanging the run.
        return done.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
