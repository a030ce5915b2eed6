using PaceLink.Cli.Tests.Support;

namespace PaceLink.Cli.Tests.Commands;

/// <summary>
/// A runner who thinks in miles: a target pace given per mile (or --units mi) turns every pace and
/// total distance into miles — the live lines, the voice, replay, the review in text and HTML, the
/// history — while reps stay "400 m" as a track runner calls them.
/// </summary>
public sealed class MilesTests : IDisposable
{
    private static readonly string[] ShortWorkout = ["run", "--simulate", "--speed", "20", "--warmup", "1m", "--cooldown", "1m", "--set-rest", "1m"];
    private readonly SimulatedRunCli _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task APerMileTargetPaceRunsTheSessionInMilesAndItsTraceReplaysAndReviewsInMiles()
    {
        var trace = _cli.PathOf("miles.jsonl");
        var (exit, output, error) = await _cli.RunAsync([.. ShortWorkout, "--seed", "6", "--trace", trace, "--target-pace", "6:26/mi", "--pace-error", "8%"]);
        Assert.True(exit == 0, error);
        Assert.Contains("Simulated 10k at 6:26/mi", output);
        Assert.Contains("GO! Set 1, rep 1: 400 m at 6:26/mi", output);
        Assert.DoesNotContain("/km", output);
        var said = ((RecordingVoice)_cli.Voice).Said;
        Assert.Contains(said, s => s.Contains("per mile", StringComparison.Ordinal));
        Assert.DoesNotContain(said, s => s.Contains("kilometre", StringComparison.Ordinal));

        // The trace remembers the unit: replay and review need no --units.
        var speech = CliRun.Run("replay", trace, "--speech");
        Assert.Equal(0, speech.Exit);
        Assert.Contains("per mile", speech.Out);
        Assert.DoesNotContain("kilometre", speech.Out);
        Assert.Contains("four hundred", speech.Out);

        var replay = CliRun.Run("replay", trace);
        Assert.Equal(0, replay.Exit);
        Assert.DoesNotContain("/km", replay.Out);

        var db = _cli.PathOf("review.db");
        var review = CliRun.Run("review", trace, "--db", db);
        Assert.True(review.Exit == 0, review.Error);
        Assert.Contains("target 6:26/mi", review.Out);
        Assert.Contains("Pace /mi", review.Out);
        Assert.Matches(@"\d\.\d\d mi", review.Out);
        Assert.DoesNotContain("/km", review.Out);
        Assert.DoesNotContain(" km", review.Out);

        var html = _cli.PathOf("miles.html");
        Assert.Equal(0, CliRun.Run("review", trace, "--db", db, "--html", html).Exit);
        // The words, not the inlined chart images (base64 may hold any letters, "/km" too).
        var report = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(html), "base64,[A-Za-z0-9+/=]*", "base64,");
        Assert.Contains("target 6:26/mi", report);
        Assert.Contains("Pace /mi", report);
        Assert.DoesNotContain("/km", report);
        Assert.DoesNotContain(" km<", report);

        var history = CliRun.Run("history", "--db", db, "--units", "mi");
        Assert.True(history.Exit == 0, history.Error);
        Assert.Matches(@"\d\.\d\d mi", history.Out);
        Assert.DoesNotContain(" km", history.Out);
    }

    [Fact]
    public async Task UnitsKmWinsOverAPerMileTargetAndUnitsMiTurnsAKilometreTraceIntoMiles()
    {
        var trace = _cli.PathOf("km.jsonl");
        var (exit, output, error) = await _cli.RunAsync([.. ShortWorkout, "--seed", "6", "--trace", trace, "--target-pace", "6:26/mi", "--units", "km"]);
        Assert.True(exit == 0, error);
        Assert.Contains("GO! Set 1, rep 1: 400 m at 4:00/km", output);
        Assert.DoesNotMatch(@"\d/mi\b", output); // not "words/min"

        var review = CliRun.Run("review", trace, "--no-index", "--units", "mi");
        Assert.True(review.Exit == 0, review.Error);
        Assert.Contains("target 6:26/mi", review.Out);
        Assert.DoesNotContain("/km", review.Out);
    }

    [Fact]
    public void WorkoutShowWritesTargetsPerMile()
    {
        var (exit, output, error) = CliRun.Run("workout", "show", "--target-pace", "6:26/mi");
        Assert.True(exit == 0, error);
        Assert.Contains("6:26/mi", output);
        Assert.DoesNotContain("/km", output);
    }

    [Fact]
    public void AnUnknownUnitIsOneClearSentence()
    {
        var (exit, _, error) = CliRun.Run("workout", "show", "--target-pace", "4:00", "--units", "furlongs");
        Assert.Equal(1, exit);
        Assert.Contains("--units: 'furlongs' is not a unit; use km or mi", error);
    }

    [Fact]
    public async Task TheHistoryShowsEachSessionInItsOwnUnitUnlessUnitsIsGiven()
    {
        var miles = _cli.PathOf("miles.jsonl");
        var km = _cli.PathOf("km.jsonl");
        Assert.Equal(0, (await _cli.RunAsync([.. ShortWorkout, "--seed", "6", "--trace", miles, "--target-pace", "6:26/mi"])).Exit);
        Assert.Equal(0, (await _cli.RunAsync([.. ShortWorkout, "--seed", "7", "--trace", km, "--target-pace", "4:00"])).Exit);
        var db = _cli.PathOf("units.db");
        Assert.Equal(0, CliRun.Run("history", "--db", db, "--add", miles, km).Exit);

        var own = CliRun.Run("history", "--db", db);
        Assert.True(own.Exit == 0, own.Error);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(own.Out, @"\d\.\d\d mi"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(own.Out, @"\d\.\d\d km"));

        var inKm = CliRun.Run("history", "--db", db, "--units", "km");
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(inKm.Out, @"\d\.\d\d km").Count);
        Assert.DoesNotContain(" mi", inKm.Out);

        var json = CliRun.Run("history", "--db", db, "--json");
        Assert.Contains("\"units\":\"mi\"", json.Out);
        Assert.Contains("\"units\":\"km\"", json.Out);
    }
}
