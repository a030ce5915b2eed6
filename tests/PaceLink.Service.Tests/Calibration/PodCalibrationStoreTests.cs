using PaceLink.Core.Review;
using PaceLink.Service.Calibration;

namespace PaceLink.Service.Tests.Calibration;

public sealed class PodCalibrationStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new("calibration");
    private PodCalibrationStore Store => new(_folder.File(PodCalibrationStore.FileName));

    public void Dispose() => _folder.Dispose();

    private static CalibrationResult Measured(double factor, int reps, double spread = 0.2) =>
        new(factor, Enumerable.Range(1, reps).Select(i => new CalibrationRep(1, i, 400, 400 / factor, true)).ToList(), spread);

    [Fact]
    public void ASavedFactorIsFoundByAddressWhateverItsCase()
    {
        Store.Save(new PodCalibrationEntry("AA:BB:CC:DD:EE:FF", "Stryd", 0.9615, 0.2, 6, Now));

        Assert.Equal(0.9615, Store.FactorFor("aa:bb:cc:dd:ee:ff"));
        Assert.Null(Store.FactorFor("11:22:33:44:55:66"));
    }

    [Fact]
    public void SavingAgainReplacesThePodsFactorAndKeepsOthers()
    {
        Store.Save(new PodCalibrationEntry("AA", null, 0.95, 0.2, 6, Now));
        Store.Save(new PodCalibrationEntry("BB", null, 1.02, 0.2, 6, Now));
        Store.Save(new PodCalibrationEntry("aa", null, 0.97, 0.2, 6, Now));

        Assert.Equal([("aa", 0.97), ("BB", 1.02)], Store.Pods.Select(p => (p.Address, p.Factor)).OrderBy(p => p.Address, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void RefiningIsOffUntilTheRunnerOptsIn()
    {
        Store.Save(new PodCalibrationEntry("AA", null, 0.96, 0.2, 6, Now));

        Assert.Null(Store.Refine("AA", null, Measured(0.98, 6), Now));
        Assert.Equal(0.96, Store.FactorFor("AA"));
    }

    [Fact]
    public void AConfidentSessionIsFoldedInWeightedByReps()
    {
        Store.Save(new PodCalibrationEntry("AA", null, 0.96, 0.2, 6, Now));
        Store.SetAutoRefine(true);

        var refined = Store.Refine("AA", null, Measured(0.99, 3), Now);

        Assert.Equal((0.96 * 6 + 0.99 * 3) / 9, refined!.Value, 9);
        Assert.Equal(refined, Store.FactorFor("AA"));
        Assert.Equal(9, Store.Pods.Single().Reps);
    }

    [Fact]
    public void AnUnsureSessionLeavesTheFactorAlone()
    {
        Store.Save(new PodCalibrationEntry("AA", null, 0.96, 0.2, 6, Now));
        Store.SetAutoRefine(true);

        Assert.Null(Store.Refine("AA", null, Measured(0.99, 6, spread: 2.0), Now));
        Assert.Equal(0.96, Store.FactorFor("AA"));
    }

    [Fact]
    public void ADamagedFileIsReportedNotOverwritten()
    {
        File.WriteAllText(Store.Path, "{ not json");

        var error = Assert.Throws<IOException>(() => Store.FactorFor("AA"));
        Assert.Contains("damaged", error.Message);
        Assert.Equal("{ not json", File.ReadAllText(Store.Path));
    }
}
