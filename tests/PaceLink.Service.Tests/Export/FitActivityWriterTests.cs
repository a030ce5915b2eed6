using PaceLink.Core.Review;
using PaceLink.Service.Export.Fit;

namespace PaceLink.Service.Tests.Export;

public class FitActivityWriterTests
{
    private static readonly ScriptedSession Script = new ScriptedSession()
        .Warmup(60, 3)
        .Set(1, speed: 4.2, peakHeartRate: 170, setRestSeconds: 180)
        .Set(2, speed: 4.1, peakHeartRate: 172, setRestSeconds: null)
        .Cooldown(60, 2.5);

    private static readonly SessionReview Review = SessionAnalyzer.Analyze(Script.ToInput());

    [Fact]
    public void TheCrcOfTheStandardCheckStringIsBB3D()
    {
        Assert.Equal(0xBB3D, FitCrc.Compute("123456789"u8));
        Assert.Equal(FitReader.Crc("PaceLink FIT"u8), FitCrc.Compute("PaceLink FIT"u8));
    }

    [Fact]
    public void TheFileStartsWithAFourteenByteHeaderAndEndsWithTheCrcOfEverythingBefore()
    {
        var file = FitActivityWriter.Write(Review);

        Assert.Equal(14, file[0]);
        Assert.Equal(".FIT"u8.ToArray(), file[8..12]);
        Assert.Equal(file.Length - 16, BitConverter.ToInt32(file, 4));
        Assert.Equal(FitReader.Crc(file.AsSpan(0, 12)), BitConverter.ToUInt16(file, 12));
        Assert.Equal(FitReader.Crc(file.AsSpan(0, file.Length - 2)), BitConverter.ToUInt16(file, file.Length - 2));
    }

    [Fact]
    public void MessagesComeInActivityOrder()
    {
        var messages = FitReader.Read(FitActivityWriter.Write(Review));

        Assert.Equal((ushort)0, messages[0].GlobalNumber);
        Assert.InRange(messages.Count(m => m.GlobalNumber == 20), Review.Timeline.Count, Review.Timeline.Count + 1);
        Assert.Equal(Review.Laps.Count, messages.Count(m => m.GlobalNumber == 19));
        Assert.Equal((ushort)18, messages[^2].GlobalNumber);
        Assert.Equal((ushort)34, messages[^1].GlobalNumber);
        Assert.Equal(4UL, messages[0][0]); // file type: activity
    }

    [Fact]
    public void RecordsRoundTripTimeDistanceSpeedHeartRateAndCadence()
    {
        var records = FitReader.Read(FitActivityWriter.Write(Review)).Where(m => m.GlobalNumber == 20).ToList();
        var start = (ulong)(Script.StartedUtc - new DateTimeOffset(1989, 12, 31, 0, 0, 0, TimeSpan.Zero)).TotalSeconds;

        foreach (var (record, row) in records.Zip(Review.Timeline))
        {
            Assert.Equal(start + (ulong)row.Second, record[253]);
            Assert.Equal(row.DistanceMetres, record[5]!.Value / 100.0, 2);
            Assert.Equal(row.HeartRate, (int?)record[3]);
            if (row.SpeedMetresPerSecond is { } v) Assert.Equal(v, record[6]!.Value / 1000.0, 3);
            else Assert.Null(record[6]);
            if (row.Cadence is > 0) Assert.Equal(90UL, record[4]);
        }
        Assert.Equal(Script.TrueDistance, records[^1][5]!.Value / 100.0, 0);
    }

    [Fact]
    public void EachRepIsALapTriggeredByDistanceAndEachRestALapAtRestIntensity()
    {
        var laps = FitReader.Read(FitActivityWriter.Write(Review)).Where(m => m.GlobalNumber == 19).ToList();

        var reps = laps.Where(l => l[23] == 0).ToList();
        Assert.Equal(8, reps.Count);
        foreach (var (lap, truth) in reps.Zip(Script.TrueSplits))
        {
            Assert.Equal(truth.Split, lap[7]!.Value / 1000.0, 2);
            Assert.InRange(lap[9]!.Value / 100.0, 398, 402);
            Assert.Equal(2UL, lap[24]); // trigger: distance
            Assert.Equal(1UL, lap[25]); // sport: running
        }
        Assert.Equal(7, laps.Count(l => l[23] == 1));
        Assert.Equal(2UL, laps[0][23]); // warm-up
        Assert.Equal(3UL, laps[^1][23]); // cool-down
        Assert.Equal(Enumerable.Range(0, laps.Count).Select(i => (ulong?)i), laps.Select(l => l[254]));
    }

    [Fact]
    public void TheSessionSumsTheWholeRun()
    {
        var messages = FitReader.Read(FitActivityWriter.Write(Review));
        var session = messages.Single(m => m.GlobalNumber == 18);

        Assert.Equal(Review.Totals.DurationSeconds, session[7]!.Value / 1000.0, 2);
        Assert.Equal(Script.TrueDistance, session[9]!.Value / 100.0, 0);
        Assert.Equal((ulong)Review.Laps.Count, session[26]);
        var laps = messages.Where(m => m.GlobalNumber == 19).Sum(l => (double)l[9]!.Value) / 100;
        Assert.Equal(session[9]!.Value / 100.0, laps, 0);
        Assert.Equal(1UL, messages.Single(m => m.GlobalNumber == 34)[1]);
    }

    [Fact]
    public void ACorruptedByteFailsTheFileCrc()
    {
        var file = FitActivityWriter.Write(Review);
        file[100] ^= 0xFF;

        var error = Assert.Throws<InvalidDataException>(() => FitReader.Read(file));
        Assert.Contains("CRC", error.Message);
    }
}
