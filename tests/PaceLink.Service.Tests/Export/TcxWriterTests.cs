using System.Xml;
using System.Xml.Linq;
using PaceLink.Core.Review;
using PaceLink.Service.Export.Tcx;

namespace PaceLink.Service.Tests.Export;

public class TcxWriterTests
{
    private static readonly XNamespace Tc = TcxWriter.Namespace;
    private static readonly XNamespace Ax = TcxWriter.ExtensionNamespace;

    private static readonly ScriptedSession Script = new ScriptedSession()
        .Warmup(60, 3)
        .Set(1, speed: 4.2, peakHeartRate: 170, setRestSeconds: 180)
        .Set(2, speed: 4.1, peakHeartRate: 172, setRestSeconds: null)
        .Cooldown(60, 2.5);

    private static readonly SessionReview Review = SessionAnalyzer.Analyze(Script.ToInput());

    internal static byte[] Tcx(SessionReview review)
    {
        using var stream = new MemoryStream();
        TcxWriter.Write(review, stream);
        return stream.ToArray();
    }

    /// <summary>xmllint against Garmin's published TrainingCenterDatabase v2 schema; empty when valid.</summary>
    internal static List<string> Validate(byte[] tcx)
    {
        var (exit, messages) = PaceLink.Service.Tests.Support.Xmllint.ValidateTcx(tcx);
        return exit == 0 ? [] : [messages];
    }

    [Fact]
    public void AWholeSessionIsValidAgainstTheTrainingCenterSchema()
    {
        Assert.Empty(Validate(Tcx(Review)));
    }

    [Fact]
    public void TheSchemaCheckCatchesAnElementOutOfOrder()
    {
        var doc = XDocument.Load(new MemoryStream(Tcx(Review)));
        var lap = doc.Descendants(Tc + "Lap").First();
        var intensity = lap.Element(Tc + "Intensity")!;
        intensity.Remove();
        lap.AddFirst(intensity);
        using var stream = new MemoryStream();
        doc.Save(stream);

        Assert.NotEmpty(Validate(stream.ToArray()));
    }

    [Fact]
    public void RepsAreActiveDistanceLapsAndRestsAreResting()
    {
        var laps = XDocument.Load(new MemoryStream(Tcx(Review))).Descendants(Tc + "Lap").ToList();

        Assert.Equal(Review.Laps.Count, laps.Count);
        var reps = laps.Where(l => (string?)l.Element(Tc + "TriggerMethod") == "Distance").ToList();
        Assert.Equal(8, reps.Count);
        foreach (var (lap, truth) in reps.Zip(Script.TrueSplits))
        {
            Assert.Equal(truth.Split, (double)lap.Element(Tc + "TotalTimeSeconds")!, 2);
            Assert.InRange((double)lap.Element(Tc + "DistanceMeters")!, 398, 402);
            Assert.Equal("Active", (string?)lap.Element(Tc + "Intensity"));
        }
        Assert.Equal(7, laps.Count(l => (string?)l.Element(Tc + "Intensity") == "Resting"));
    }

    [Fact]
    public void TrackpointsCarryDistanceHeartRateSpeedAndCadence()
    {
        var points = XDocument.Load(new MemoryStream(Tcx(Review))).Descendants(Tc + "Trackpoint").ToList();

        Assert.Equal(Review.Timeline.Count, points.Count);
        var at100 = points[100];
        Assert.Equal(Script.StartedUtc.AddSeconds(100), DateTimeOffset.Parse((string)at100.Element(Tc + "Time")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Script.Distance(100), (double)at100.Element(Tc + "DistanceMeters")!, 1);
        Assert.Equal(Script.SentHeartRate(100), (int)at100.Element(Tc + "HeartRateBpm")!.Element(Tc + "Value")!);
        var tpx = at100.Descendants(Ax + "TPX").Single();
        Assert.Equal(4.2, (double)tpx.Element(Ax + "Speed")!, 2);
        Assert.Equal(90, (int)tpx.Element(Ax + "RunCadence")!);
    }

    [Fact]
    public void ASessionWithoutASingleSampleIsRefusedRatherThanWrittenWithAnEmptyTrack()
    {
        var empty = SessionAnalyzer.Analyze(new SessionInput(Script.StartedUtc, [], SessionSamples.Empty));

        Assert.False(TcxWriter.HasSamples(empty));
        var error = Assert.Throws<InvalidDataException>(() => TcxWriter.Write(empty, new MemoryStream()));
        Assert.Contains("no heart-rate or foot-pod samples", error.Message);
    }
}
