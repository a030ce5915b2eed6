using System.Xml.Linq;
using PaceLink.Core.Review;
using PaceLink.Service.Export;
using PaceLink.Service.Export.Fit;
using PaceLink.Service.Export.Tcx;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Export;

/// <summary>Calories estimated from heart rate with a profile, else from distance and mass; the same in the TCX and the FIT.</summary>
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
        TcxWriter.Write(Review, stream, "pacelink 0.1.0", ExportCalories.For(runner));
        return stream.ToArray();
    }

    [Fact]
    public void WithAProfileEveryTcxLapHasTheFitLapsCaloriesAndTheSessionTheirSum()
    {
        var tcx = Tcx(Runner);
        var fit = GarminFitSdk.Decode(FitActivityWriter.Write(FitActivity.Of(Review) with { Calories = ExportCalories.For(Runner) }));

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
    public void WithoutAProfileTcxAndFitCarryTheSameEstimateFromDistanceForTheDefaultMass()
    {
        var calories = ExportCalories.For(null);
        using var stream = new MemoryStream();
        TcxWriter.Write(Review, stream, "pacelink 0.1.0", calories);
        var tcx = stream.ToArray();
        var fit = GarminFitSdk.Decode(FitActivityWriter.Write(FitActivity.Of(Review) with { Calories = calories }));

        Assert.Equal(0, Xmllint.ValidateTcx(tcx).Exit);
        var tcxLaps = XDocument.Load(new MemoryStream(tcx)).Descendants(Tc + "Lap").Select(l => (int)l.Element(Tc + "Calories")!).ToList();
        var fitLaps = fit.Messages("lapMesgs").Select(l => l.GetProperty("totalCalories").GetInt32()).ToList();
        Assert.Equal(fitLaps, tcxLaps);
        // 1 kcal per kg per km for a 70 kg runner: a lap's distance in km times 70.
        Assert.Equal(Review.Laps.Select(l => (int)Math.Round(l.DistanceMetres / 1000 * 70, MidpointRounding.AwayFromZero)), tcxLaps);
        Assert.All(Review.Laps.Zip(tcxLaps).Where(l => l.First.DistanceMetres > 100), l => Assert.True(l.Second > 0, "a lap that covers ground spends energy"));
        Assert.Equal(fitLaps.Sum(), fit.Messages("sessionMesgs").Single().GetProperty("totalCalories").GetInt32());
        Assert.False(calories.FromHeartRateFor(Review));
    }

    [Fact]
    public void AWeightAloneScalesTheDistanceEstimate()
    {
        var light = ExportCalories.For(null, weightKg: 50);
        var lap = Review.Laps[0];
        Assert.Equal(lap.DistanceMetres / 1000 * 50, light.Kilocalories(Review, lap), 9);
    }

    [Fact]
    public void AProfileWithoutAnyHeartRateFallsBackToDistanceWithTheRunnersWeight()
    {
        var noStrap = SessionAnalyzer.Analyze(new ScriptedSession { SendsHeartRate = false }.Warmup(120, 3).ToInput());
        var calories = ExportCalories.For(Runner);
        Assert.Equal(noStrap.Laps[0].DistanceMetres / 1000 * 68, calories.Kilocalories(noStrap, noStrap.Laps[0]), 9);
    }

    [Fact]
    public void WithAProfileAndHeartRateTheEstimateIsKeytels() =>
        Assert.Equal(Runner.Kilocalories(Review, Review.Laps[1]), ExportCalories.For(Runner).Kilocalories(Review, Review.Laps[1]), 9);
}
