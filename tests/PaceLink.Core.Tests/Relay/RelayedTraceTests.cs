using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Core.Recording.Check;

namespace PaceLink.Core.Tests.Relay;

public class RelayedTraceTests
{
    private static string Trace()
    {
        var stream = new MemoryStream();
        using (var w = new TraceWriter(stream, leaveOpen: true))
        {
            w.WriteHeader(new TraceHeader { StartedUtc = DateTimeOffset.UnixEpoch, Sensors = [new SensorInfo("pod", SensorKind.Rsc)] });
            w.WriteNotification(new Notification(TimeSpan.FromSeconds(1), "pod", GattIds.RscMeasurement, new byte[] { 0x02, 0x00, 0x04, 0xB4, 0x10, 0x00, 0x00, 0x00 }));
            w.WriteRelayed(TimeSpan.FromSeconds(1), "pod", GattIds.RscMeasurement, [0x02, 0x00, 0x04, 0xB4, 0x00, 0x00, 0x00, 0x00]);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void ARelayedValueIsALineOfItsOwnKind()
    {
        var line = Trace().Split('\n')[2];

        Assert.Equal("""{"type":"relayed","t":1,"sensor":"pod","char":"2a53","hex":"020004b400000000"}""", line);
    }

    [Fact]
    public void ReadersKeepRelayedValuesApartFromWhatCameIn()
    {
        var read = TraceReader.ReadText(Trace());

        Assert.True(read.Ok, read.Error);
        Assert.Empty(read.Warnings);
        var relayed = Assert.Single(read.Trace!.Records.OfType<RelayedRecord>());
        Assert.Equal(new byte[] { 0x02, 0x00, 0x04, 0xB4, 0x00, 0x00, 0x00, 0x00 }, relayed.Payload.ToArray());
        // Only what came in reaches the engine on replay.
        Assert.Equal(new byte[] { 0x02, 0x00, 0x04, 0xB4, 0x10, 0x00, 0x00, 0x00 }, Assert.Single(read.Trace.Notifications).Payload.ToArray());
    }

    [Fact]
    public void TheCheckerAcceptsRelayedValuesAndARepairKeepsThem()
    {
        var report = TraceChecker.Check(Trace());

        Assert.Empty(report.Findings);
        Assert.Equal(2, report.Records);
        Assert.Contains(report.KeptLines, l => l.Contains("\"relayed\"", StringComparison.Ordinal));
    }

    [Fact]
    public void CopyingATraceKeepsRelayedValues()
    {
        var read = TraceReader.ReadText(Trace());
        var copy = new MemoryStream();
        using (var w = new TraceWriter(copy, leaveOpen: true))
        {
            w.WriteHeader(read.Trace!.Header);
            foreach (var r in read.Trace.Records) w.Write(r);
        }

        Assert.Equal(Trace(), System.Text.Encoding.UTF8.GetString(copy.ToArray()));
    }
}
