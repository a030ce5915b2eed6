using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Recording;
using PaceLink.Service.Sessions;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Sessions;

public class TraceSpoolTests
{
    private static readonly TraceHeader Header = new() { StartedUtc = DateTimeOffset.UnixEpoch, Sensors = [new SensorInfo("pod", SensorKind.Rsc)] };

    private static Notification Step(int i) =>
        new(TimeSpan.FromSeconds(i), "pod", GattIds.RscMeasurement, new RscMeasurement(4, 180, null, 4.0 * i, true).ToArray());

    private static TraceContents ReadBack(FlakyDisk disk)
    {
        var read = TraceReader.ReadText(disk.Text);
        Assert.True(read.Ok, read.Error);
        Assert.Empty(read.Warnings);
        return read.Trace!;
    }

    [Fact]
    public void ADiskThatFillsMidRecordLosesNothingOnceSpaceReturns()
    {
        var disk = new FlakyDisk();
        var spool = new TraceSpool(disk.Open, 1 << 20);
        var interruptions = new List<string>();
        var resumed = new List<long>();
        spool.Interrupted += e => interruptions.Add(e.Message);
        spool.Resumed += resumed.Add;
        using var writer = new TraceWriter(spool);
        writer.WriteHeader(Header);
        for (var i = 0; i < 3; i++) writer.WriteNotification(Step(i));

        disk.Full = true;
        for (var i = 3; i < 8; i++) writer.WriteNotification(Step(i));
        Assert.True(spool.Failing);
        Assert.Equal(5, spool.Pending);
        disk.Full = false;
        writer.WriteNotification(Step(8));

        Assert.Equal(["No space left on device"], interruptions);
        Assert.Equal([0L], resumed);
        Assert.Equal(0, spool.Pending);
        Assert.Equal(Enumerable.Range(0, 9).Select(i => TimeSpan.FromSeconds(i)), ReadBack(disk).Records.Select(r => r.T));
    }

    [Fact]
    public void RecordsBeyondTheMemoryBoundAreDroppedCountedAndReported()
    {
        var disk = new FlakyDisk();
        var spool = new TraceSpool(disk.Open, 400);
        long? reportedDropped = null;
        spool.Resumed += d => reportedDropped = d;
        using var writer = new TraceWriter(spool);
        writer.WriteHeader(Header);

        disk.Full = true;
        for (var i = 0; i < 20; i++) writer.WriteNotification(Step(i));
        disk.Full = false;
        writer.WriteNotification(Step(20));

        var kept = ReadBack(disk).Records;
        Assert.True(spool.Dropped > 0);
        Assert.Equal(spool.Dropped, reportedDropped);
        Assert.Equal(21 - spool.Dropped, kept.Count);
        Assert.Equal(TimeSpan.FromSeconds(20), kept[^1].T);
    }

    [Fact]
    public void AFolderThatTurnsReadOnlyIsRetriedUntilItIsWritableAgain()
    {
        var disk = new FlakyDisk();
        var spool = new TraceSpool(disk.Open, 1 << 20);
        using var writer = new TraceWriter(spool);
        writer.WriteHeader(Header);
        disk.Full = true;
        writer.WriteNotification(Step(0));
        disk.Full = false;
        disk.ReadOnly = true;

        for (var i = 1; i < 4; i++) writer.WriteNotification(Step(i));
        Assert.Equal(4, spool.Pending);
        var opensWhileReadOnly = disk.Opens;
        disk.ReadOnly = false;
        writer.WriteNotification(Step(4));

        Assert.True(opensWhileReadOnly >= 4, $"only {opensWhileReadOnly} attempts to reopen");
        Assert.Equal(5, ReadBack(disk).Records.Count);
    }

    [Fact]
    public void WritesNeverThrowWhileTheDiskIsFull()
    {
        var disk = new FlakyDisk { Full = true };
        var spool = new TraceSpool(disk.Open, 1 << 20);
        using var writer = new TraceWriter(spool);

        var error = Record.Exception(() =>
        {
            writer.WriteHeader(Header);
            for (var i = 0; i < 50; i++) writer.WriteNotification(Step(i));
        });

        Assert.Null(error);
        Assert.Equal(51, spool.Pending);
        Assert.Equal(51, writer.RecordsWritten);
    }

    [Fact]
    public void ClosingWhileTheDiskIsStillFullKeepsTheWholeRecordsAndCountsTheRest()
    {
        var disk = new FlakyDisk();
        var spool = new TraceSpool(disk.Open, 1 << 20);
        var writer = new TraceWriter(spool);
        writer.WriteHeader(Header);
        disk.Full = true;
        writer.WriteNotification(Step(0));

        writer.Dispose();

        Assert.Equal(1, spool.Pending);
        var read = TraceReader.ReadText(disk.Text);
        Assert.True(read.Ok);
        Assert.Empty(read.Trace!.Records);
    }
}
