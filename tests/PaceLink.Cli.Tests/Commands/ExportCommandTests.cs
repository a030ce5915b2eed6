using System.Globalization;
using System.Xml.Linq;
using PaceLink.Cli.Tests.Support;

namespace PaceLink.Cli.Tests.Commands;

public sealed class ExportCommandTests(TenKTrace recorded) : IClassFixture<TenKTrace>
{
    private static readonly XNamespace Tc = "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2";

    [Fact]
    public void FitExportRoundTripsEveryRepAsALapWithItsTrueSplit()
    {
        var path = recorded.PathFor("session.fit");

        var (code, _, error) = CliRun.Run("export", recorded.Trace.Path, "--format", "fit", "-o", path);

        Assert.True(code == 0, error);
        var messages = FitReader.Read(File.ReadAllBytes(path));
        var repLaps = messages.Where(m => m.GlobalNumber == 19 && m[23] == 0).ToList();
        Assert.Equal(8, repLaps.Count);
        foreach (var (lap, truth) in repLaps.Zip(recorded.Trace.Truth.Reps))
            Assert.InRange(lap[7]!.Value / 1000.0 - truth.SplitSeconds!.Value, -0.5, 0.5);
        Assert.Single(messages, m => m.GlobalNumber == 18);
        Assert.Single(messages, m => m.GlobalNumber == 34);
    }

    [Fact]
    public void TcxExportHasALapPerPhaseAndATrackpointPerSecond()
    {
        var path = recorded.PathFor("session.tcx");

        var (code, _, error) = CliRun.Run("export", recorded.Trace.Path, "--format", "tcx", "-o", path);

        Assert.True(code == 0, error);
        var doc = XDocument.Load(path);
        var laps = doc.Descendants(Tc + "Lap").ToList();
        Assert.Equal(1 + 8 + 7 + 1, laps.Count);
        Assert.Equal(8, laps.Count(l => (string?)l.Element(Tc + "TriggerMethod") == "Distance"));
        var seconds = doc.Descendants(Tc + "Lap").Sum(l => (double)l.Element(Tc + "TotalTimeSeconds")!);
        Assert.InRange(doc.Descendants(Tc + "Trackpoint").Count(), (int)seconds - 1, (int)seconds + 2);
    }

    [Fact]
    public void CsvExportHasOneRowPerSecond()
    {
        var path = recorded.PathFor("session.csv");

        var (code, _, error) = CliRun.Run("export", recorded.Trace.Path, "--format", "csv", "-o", path);

        Assert.True(code == 0, error);
        var rows = File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(Enumerable.Range(0, rows.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)), rows.Select(r => r[0]));
        Assert.Equal(8, rows.Where(r => r[2] == "rep").Select(r => (r[3], r[4])).Distinct().Count());
    }

    [Fact]
    public void AWorkoutThatDoesNotMatchTheRecordedSessionIsRefusedAndNothingIsWritten()
    {
        var path = recorded.PathFor("half.fit");

        var (code, _, error) = CliRun.Run("export", recorded.Trace.Path, "--workout", "half", "--format", "fit", "-o", path);

        Assert.Equal(2, code);
        Assert.Contains("does not match the recorded session", error);
        Assert.Contains("2 sets", error);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void ADifferentTargetPaceForTheSameWorkoutStillExports()
    {
        var path = recorded.PathFor("slower.fit");

        var (code, _, error) = CliRun.Run("export", recorded.Trace.Path, "--target-pace", "4:30", "--format", "fit", "-o", path);

        Assert.True(code == 0, error);
        Assert.Equal(8, FitReader.Read(File.ReadAllBytes(path)).Count(m => m.GlobalNumber == 19 && m[23] == 0));
    }

    [Fact]
    public void CsvWithRrIntervalsEndsEachRowWithThatSecondsIntervals()
    {
        var path = recorded.PathFor("rr.csv");

        var (code, _, error) = CliRun.Run("export", recorded.Trace.Path, "--format", "csv", "--rr-intervals", "-o", path);

        Assert.True(code == 0, error);
        var lines = File.ReadAllLines(path);
        Assert.EndsWith(",rr_ms", lines[0]);
        var rr = lines.Skip(1).Select(l => l.Split(',')[^1]).SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse).ToList();
        Assert.True(rr.Count > 100, $"{rr.Count} RR intervals");
        Assert.All(rr, ms => Assert.InRange(ms, 250, 2000));
    }

    [Fact]
    public void RrIntervalsAreACsvColumnOnly()
    {
        var (code, _, error) = CliRun.Run("export", recorded.Trace.Path, "--format", "tcx", "--rr-intervals", "-o", recorded.PathFor("rr.tcx"));

        Assert.Equal(2, code);
        Assert.Contains("--rr-intervals", error);
        Assert.False(File.Exists(recorded.PathFor("rr.tcx")));
    }

    [Fact]
    public void TcxLapsCountCaloriesFromHeartRateForTheRunnerGiven()
    {
        var path = recorded.PathFor("kcal.tcx");

        var (code, _, error) = CliRun.Run("export", recorded.Trace.Path, "--format", "tcx", "--sex", "female", "--age", "38", "--weight", "58kg", "-o", path);

        Assert.True(code == 0, error);
        var calories = XDocument.Load(path).Descendants(Tc + "Lap").Select(l => (int)l.Element(Tc + "Calories")!).ToList();
        Assert.Equal(17, calories.Count);
        Assert.All(calories, kcal => Assert.True(kcal > 0, string.Join(" ", calories)));
    }

    [Fact]
    public void APartialRunnerProfileIsRefused()
    {
        var (code, _, error) = CliRun.Run("export", recorded.Trace.Path, "--format", "tcx", "--age", "38", "-o", recorded.PathFor("partial.tcx"));

        Assert.Equal(2, code);
        Assert.Contains("--sex, --age and --weight", error);
        Assert.False(File.Exists(recorded.PathFor("partial.tcx")));
    }

    [Fact]
    public void AnUnknownFormatIsRejectedByTheParser()
    {
        var (code, _, error) = CliRun.Run("export", recorded.Trace.Path, "--format", "gpx", "-o", recorded.PathFor("x.gpx"));

        Assert.NotEqual(0, code);
        Assert.Contains("gpx", error);
        Assert.False(File.Exists(recorded.PathFor("x.gpx")));
    }

    private static (int Exit, string Out, string Error) Export(PaceLink.Service.Hosting.RunnerProfileOptions configured, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var root = new System.CommandLine.RootCommand { PaceLink.Cli.Commands.ExportCommand.Build(new CliOutput(stdout, stderr), () => configured) };
        var code = root.Parse(["export", .. args]).Invoke();
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static List<int> Calories(string tcx) => XDocument.Load(tcx).Descendants(Tc + "Lap").Select(l => (int)l.Element(Tc + "Calories")!).ToList();

    [Fact]
    public void WithoutAnyProfileTheCaloriesAreAnEstimateFromDistanceAndTheOutputSaysSo()
    {
        var path = recorded.PathFor("estimate.tcx");

        var (code, _, error) = Export(new(), recorded.Trace.Path, "--format", "tcx", "-o", path);

        Assert.True(code == 0, error);
        Assert.True(Calories(path).Sum() > 0, "calories estimated, not 0");
        Assert.Contains("estimate from distance", error);
        Assert.Contains("70 kg", error);
        Assert.Contains("--sex, --age and --weight", error);
        Assert.Contains("Runner:Sex, Runner:Age and Runner:WeightKg", error);
    }

    [Fact]
    public void TheConfiguredRunnerProfileIsUsedWhenNoOptionsAreGiven()
    {
        var flags = recorded.PathFor("flags.tcx");
        var configured = recorded.PathFor("configured.tcx");
        Assert.Equal(0, Export(new(), recorded.Trace.Path, "--format", "tcx", "--sex", "female", "--age", "38", "--weight", "58", "-o", flags).Exit);

        var (code, _, error) = Export(new() { Sex = "female", Age = 38, WeightKg = 58 }, recorded.Trace.Path, "--format", "tcx", "-o", configured);

        Assert.True(code == 0, error);
        Assert.Equal(Calories(flags), Calories(configured));
        Assert.DoesNotContain("estimate from distance", error);
    }

    [Theory]
    [InlineData("x", 38, 58, "Runner:Sex")]
    [InlineData("male", 5, 58, "Runner:Age")]
    [InlineData("male", 38, 0, "Runner:WeightKg")]
    public void ABadConfiguredProfileIsAClearErrorAndNothingIsWritten(string sex, double age, double weight, string key)
    {
        var path = recorded.PathFor($"bad-{key}.tcx");

        var (code, _, error) = Export(new() { Sex = sex, Age = age, WeightKg = weight }, recorded.Trace.Path, "--format", "tcx", "-o", path);

        Assert.Equal(2, code);
        Assert.Contains($"error: {key}: ", error);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData("--sex", "x", "--sex takes female or male")]
    [InlineData("--age", "5", "--age takes years from 10 to 100")]
    [InlineData("--weight", "0", "--weight takes kilograms from 25 to 250")]
    public void ABadProfileOptionIsAClearError(string option, string value, string message)
    {
        string[] profile = ["--sex", "male", "--age", "38", "--weight", "58"];
        var i = Array.IndexOf(profile, option);
        profile[i + 1] = value;

        var (code, _, error) = Export(new(), [recorded.Trace.Path, "--format", "fit", .. profile, "-o", recorded.PathFor("bad.fit")]);

        Assert.Equal(2, code);
        Assert.Contains(message, error);
    }
}
