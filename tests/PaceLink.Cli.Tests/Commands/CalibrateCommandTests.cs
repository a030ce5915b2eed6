using System.Text.Json;
using PaceLink.Cli.Tests.Support;
using PaceLink.Service.Calibration;

namespace PaceLink.Cli.Tests.Commands;

public sealed class CalibrateCommandTests : IClassFixture<CalibrateCommandTests.Tracks>, IDisposable
{
    /// <summary>Track sessions with pods 4 % long and 3 % short; the runner presses lap at the line.</summary>
    public sealed class Tracks : IDisposable
    {
        private readonly TempFolder _folder = new("calibrate");
        public string Folder => _folder.Path;
        public SimulatedTrace Long { get; }
        public SimulatedTrace Short { get; }
        public SimulatedTrace TenK { get; }

        public Tracks()
        {
            Long = SimulatedTraces.Track(Folder, podError: 0.04);
            Short = SimulatedTraces.Track(Folder, podError: -0.03, seed: 9);
            TenK = SimulatedTraces.TenK(Folder, podError: 0.04);
        }

        public void Dispose() => _folder.Dispose();
    }

    private readonly Tracks _tracks;
    private readonly TempFolder _config = new("calibrate-config");

    public CalibrateCommandTests(Tracks tracks) => _tracks = tracks;

    public void Dispose() => _config.Dispose();

    private static JsonElement Json(string output) => JsonDocument.Parse(output).RootElement;

    [Fact]
    public void APodFourPercentLongIsCalibratedWithinHalfAPercent()
    {
        var (code, output, error) = CliRun.Run("calibrate", _tracks.Long.Path, "--json");

        Assert.True(code == 0, error);
        var result = Json(output);
        Assert.InRange(result.GetProperty("factor").GetDouble(), 1 / 1.04 * 0.995, 1 / 1.04 * 1.005);
        Assert.Equal(6, result.GetProperty("reps").GetArrayLength());
        Assert.All(result.GetProperty("reps").EnumerateArray(), r => Assert.True(r.GetProperty("lap_marked").GetBoolean()));
        Assert.Equal("high", result.GetProperty("confidence").GetString());
    }

    [Fact]
    public void APodThreePercentShortIsCalibratedWithinHalfAPercent()
    {
        var (code, output, error) = CliRun.Run("calibrate", _tracks.Short.Path, "--json");

        Assert.True(code == 0, error);
        Assert.InRange(Json(output).GetProperty("factor").GetDouble(), 1 / 0.97 * 0.995, 1 / 0.97 * 1.005);
    }

    /// <summary>
    /// A 10K session without lap presses: the simulated runner stops on the rep-end cue, which came
    /// where the 4 %-long pod said 400 m, so a factor from those stops would be confidently wrong.
    /// </summary>
    [Fact]
    public void WithoutLapsAtTheLineItRefusesAndSavesNothing()
    {
        var file = _config.File(PodCalibrationStore.FileName);
        var (code, output, error) = CliRun.Run("calibrate", _tracks.TenK.Path, "--save", "--calibration-file", file);

        Assert.Equal(1, code);
        Assert.Contains("no rep was ended by a lap press at the line", error);
        Assert.DoesNotContain("calibration factor", output);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void TrustStopsMeasuresByWhereTheRunnerStoppedAndSaysSo()
    {
        var (code, output, error) = CliRun.Run("calibrate", _tracks.TenK.Path, "--trust-stops");

        Assert.True(code == 0, error);
        Assert.Contains("slow-down", output);
        Assert.Contains("calibration factor", output);
    }

    [Fact]
    public void SaveWritesTheFactorForTheTracesPod()
    {
        var file = _config.File(PodCalibrationStore.FileName);

        var (code, output, error) = CliRun.Run("calibrate", _tracks.Long.Path, "--save", "--json", "--calibration-file", file);

        Assert.True(code == 0, error);
        var saved = new PodCalibrationStore(file).FactorFor("00:00:5e:00:53:01");
        Assert.Equal(Json(output).GetProperty("factor").GetDouble(), saved!.Value, 4);
        Assert.Contains(file, error);
    }

    [Fact]
    public void AutoRefineIsSwitchedOnAndOff()
    {
        var file = _config.File(PodCalibrationStore.FileName);

        CliRun.Run("calibrate", _tracks.Long.Path, "--auto-refine", "on", "--calibration-file", file);
        Assert.True(new PodCalibrationStore(file).AutoRefine);
        CliRun.Run("calibrate", _tracks.Long.Path, "--auto-refine", "off", "--calibration-file", file);
        Assert.False(new PodCalibrationStore(file).AutoRefine);
    }

    [Fact]
    public void ALapLengthThatIsNoTrackIsRefused()
    {
        var (code, _, error) = CliRun.Run("calibrate", _tracks.Long.Path, "--lap-length", "0");

        Assert.Equal(1, code);
        Assert.Contains("--lap-length", error);
    }
}
