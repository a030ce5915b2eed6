using System.Xml.Linq;
using PaceLink.Core.Review;
using PaceLink.Service.Export.Fit;
using PaceLink.Service.Export.Tcx;
using PaceLink.Service.Tests.Support;
using PaceLink.Tests.Support;

namespace PaceLink.Service.Tests.Export;

/// <summary>Calories estimated from heart rate, the same in the TCX and the FIT, and none invented without a profile.</summary>
public class CaloriesExportTests
{
    private static readonly XNamespace Tc = TcxWriter.Namespace;
    private static readonly RunnerProfile Runner = new(RunnerSex.Male, 42, 68);
    private static readonly SessionReview Review = SessionAnalyzer.Analyze(new ScriptedSession()
        .Warmup(120, 3)
        .Set(1, speed: 4.2, peakHeartRate: 170, setRestSeconds: null)
        .Cooldown(60, 2.5)
        .ToInput());

    private static byte[] Tcx(RunnerProfile? runner)
    {
        using var stream = new MemoryStream();
        TcxWriter.Write(Review, stream, "pacelink 0.1.0", runner);
        return stream.ToArray();
    }

    [Fact]
    public void WithAProfileEveryTcxLapHasTheFitLapsCaloriesAndTheSessionTheirSum()
    {
        var tcx = Tcx(Runner);
        var fit = GarminFitSdk.Decode(FitActivityWriter.Write(FitActivity.Of(Review) with { Runner = Runner }));

        var (exit, messages) = Xmllint.ValidateTcx(tcx);
        Assert.True(exit == 0, messages);
        var tcxLaps = XDocument.Load(new MemoryStream(tcx)).Descendants(Tc + "Lap").Select(l => (int)l.Element(Tc + "Calories")!).ToList();
        var fitLaps = fit.Messages("lapMesgs").Select(l => l.GetProperty("totalCalories").GetInt32()).ToList();
        Assert.Equal(fitLaps, tcxLaps);
        Assert.All(tcxLaps, kcal => Assert.True(kcal > 0, "a lap with heart rate spends energy"));
        Assert.Equal(fitLaps.Sum(), fit.Messages("sessionMesgs").Single().GetProperty("totalCalories").GetInt32());
        Assert.Equal(Math.Round(Review.Laps.Sum(l => Runner.Kilocalories(Review, l))), fitLaps.Sum(), 0.5 * fitLaps.Count);
    }

    [Fact]
    public void WithoutAProfileTheTcxSaysZeroAsTheSchemaRequiresACountAndTheFitLeavesCaloriesOut()
    {
        var tcx = Tcx(null);
        var fit = GarminFitSdk.Decode(FitActivityWriter.Write(FitActivity.Of(Review)));

        Assert.Equal(0, Xmllint.ValidateTcx(tcx).Exit);
        Assert.All(XDocument.Load(new MemoryStream(tcx)).Descendants(Tc + "Lap"), l => Assert.Equal("0", (string?)l.Element(Tc + "Calories")));
        Assert.All(fit.Messages("lapMesgs"), l => Assert.False(l.TryGetProperty("totalCalories", out _)));
        Assert.False(fit.Messages("sessionMesgs").Single().TryGetProperty("totalCalories", out _));
    }
}
