using PaceLink.Cli.Tests.Support;

namespace PaceLink.Cli.Tests.Commands;

public class WorkoutCommandTests
{
    [Fact]
    public void ShowPrintsEveryStepOfTheTenKWorkoutAndItsTotals()
    {
        var (exit, output, error) = CliRun.Run("workout", "show", "--workout", "10k", "--target-pace", "4:00");

        Assert.True(exit == 0, error);
        var lines = CliRun.Lines(output);
        Assert.Equal("10k intervals", lines[0]);
        Assert.Equal(17, lines.Skip(1).Count(l => char.IsDigit(l[0]))); // the name line "10k intervals" starts with a digit too
        Assert.Contains(lines, l => l.StartsWith("4  Set 1 rep 2") && l.Contains("400 m") && l.Contains("4:00/km (96 s)"));
        Assert.Contains(lines, l => l.StartsWith("7  Rest after set 1 rep 3") && l.Contains("30s"));
        Assert.StartsWith("total: 8 reps, 3200 m of reps", lines[^1]);
    }

    [Fact]
    public void ExportWritesAFitWorkoutFileAndABadPaceIsOneSentence()
    {
        using var folder = new TempFolder("workout-export");
        var path = folder.File("half.fit");
        var (exit, _, error) = CliRun.Run("workout", "export", "--workout", "half", "--goal", "half=1:30:00", "-o", path);
        Assert.True(exit == 0, error);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(".FIT", System.Text.Encoding.ASCII.GetString(bytes, 8, 4));
        Assert.Equal(5, bytes[14 + 6 + 5 * 3 + 1]); // the first data message is file_id; its first field is the type: workout

        var (badExit, _, badError) = CliRun.Run("workout", "export", "--target-pace", "fast", "-o", path);
        Assert.Equal(1, badExit);
        Assert.StartsWith("error:", badError);
    }

    [Fact]
    public void FinishFasterIsPerMileInAMileSession()
    {
        var (exit, output, error) = CliRun.Run("workout", "show", "--workout", "10k", "--target-pace", "6:26/mi", "--finish-faster", "5s");

        Assert.True(exit == 0, error);
        Assert.Contains(CliRun.Lines(output), l => l.Contains("Set 1 rep 4", StringComparison.Ordinal) && l.Contains("6:26/mi", StringComparison.Ordinal));
        Assert.Contains(CliRun.Lines(output), l => l.Contains("Set 2 rep 1", StringComparison.Ordinal) && l.Contains("6:21/mi", StringComparison.Ordinal));
    }

    [Fact]
    public void AFinishFasterTooLargeForAMileSessionIsQuotedPerMile()
    {
        var (exit, _, error) = CliRun.Run("workout", "show", "--target-pace", "6:26/mi", "--finish-faster", "70s");

        Assert.NotEqual(0, exit);
        Assert.Contains("--finish-faster must be between 0s and 60s per mile", error);
    }
}
