using System.Reactive.Linq;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Bluetooth.Tests.Support;
using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Simulation.FakeBlueZ;

namespace PaceLink.Bluetooth.Tests.Faults;

/// <summary>
/// Faults on the real D-Bus path (fake bluetoothd on a private bus) with every arriving
/// notification recorded through the real trace writer: nothing the service delivered is lost.
/// Waits are bounded condition polls.
/// </summary>
public sealed class RecordingOverBlueZFaultTests
{
    private static readonly SensorInfo Pod = new("pod", SensorKind.Rsc, "PaceLink Pod", FakeDevices.PodAddress);

    private static byte[] Rsc(double metres) => new RscMeasurement(3.5, 88, 1.2, metres, true).ToArray();

    /// <summary>A link to the pod whose notifications all go into a trace in memory.</summary>
    private sealed class RecordedPod : IAsyncDisposable
    {
        private readonly MemoryStream _file = new();
        private readonly TraceWriter _writer;
        private readonly IDisposable _recording;
        private long _arrived;

        private RecordedPod(BlueZRig rig)
        {
            Rig = rig;
            Link = new LiveLink(rig.Bluetooth, Pod);
            _writer = new TraceWriter(_file, leaveOpen: true);
            _writer.WriteHeader(new TraceHeader { StartedUtc = DateTimeOffset.UnixEpoch, Sensors = [Pod] });
            _recording = Link.Notifications.Subscribe(n =>
            {
                _writer.WriteNotification(n);
                Interlocked.Increment(ref _arrived);
            });
        }

        public BlueZRig Rig { get; }
        public LiveLink Link { get; }
        public long Arrived => Interlocked.Read(ref _arrived);

        public static async Task<RecordedPod> StartAsync()
        {
            var rig = await BlueZRig.StartAsync();
            rig.Fake.MakeKnown(FakeDevices.PodAddress);
            return new RecordedPod(rig);
        }

        /// <summary>Distances in the recorded trace, in file order.</summary>
        public IReadOnlyList<double> RecordedDistances()
        {
            var read = TraceReader.ReadText(System.Text.Encoding.UTF8.GetString(_file.ToArray()));
            Assert.True(read.Ok, read.Error);
            Assert.Empty(read.Warnings);
            return [.. read.Trace!.Notifications.Select(n => RscMeasurement.TryParse(n.Payload.Span, out var m) ? m.TotalDistanceMetres ?? -1 : -2)];
        }

        public async ValueTask DisposeAsync()
        {
            _recording.Dispose();
            Link.Dispose();
            _writer.Dispose();
            await Rig.DisposeAsync();
        }
    }

    [Fact]
    public async Task ABurstOfTwoHundredNotificationsArrivesWholeAndInOrder()
    {
        await using var pod = await RecordedPod.StartAsync();
        await pod.Link.StateAsync(LinkStatus.Connected);

        var sent = Enumerable.Range(1, 200).Select(i => i * 0.5).ToList();
        foreach (var metres in sent) Assert.True(pod.Rig.Fake.Notify(FakeDevices.PodAddress, GattIds.RscMeasurement, Rsc(metres)));
        await Eventually.TrueAsync(() => pod.Arrived >= sent.Count, "the burst is recorded");

        Assert.Equal(sent, pod.RecordedDistances());
    }

    [Fact]
    public async Task DuplicateNotificationsAreAllRecorded()
    {
        await using var pod = await RecordedPod.StartAsync();
        await pod.Link.StateAsync(LinkStatus.Connected);

        double[] sent = [10, 10, 10, 12.5, 12.5, 15];
        foreach (var metres in sent) Assert.True(pod.Rig.Fake.Notify(FakeDevices.PodAddress, GattIds.RscMeasurement, Rsc(metres)));
        await Eventually.TrueAsync(() => pod.Arrived >= sent.Length, "every duplicate is recorded");

        Assert.Equal(sent, pod.RecordedDistances());
    }

    [Fact]
    public async Task ABluetoothdRestartMidRepLosesNoNotificationThatWasDelivered()
    {
        await using var pod = await RecordedPod.StartAsync();
        await pod.Link.StateAsync(LinkStatus.Connected);
        var sent = new List<double>();
        void Send(double metres)
        {
            if (pod.Rig.Fake.Notify(FakeDevices.PodAddress, GattIds.RscMeasurement, Rsc(metres))) sent.Add(metres);
        }

        for (var i = 1; i <= 20; i++) Send(i * 4.0);
        await Eventually.TrueAsync(() => pod.Arrived >= sent.Count, "the first half is recorded");
        pod.Rig.Fake.Vanish();
        await pod.Link.StateAsync(LinkStatus.Lost);
        Send(999); // nobody is listening: the fake refuses, like a radio with no host
        await pod.Rig.Fake.ReappearAsync();
        await pod.Link.StateAsync(LinkStatus.Connected, nth: 2);
        for (var i = 21; i <= 40; i++) Send(i * 4.0);
        await Eventually.TrueAsync(() => pod.Arrived >= sent.Count, "the second half is recorded");

        Assert.DoesNotContain(999.0, sent);
        Assert.Equal(40, sent.Count);
        Assert.Equal(sent, pod.RecordedDistances());
    }
}
