using PaceLink.Cli.Tests.Support;

namespace PaceLink.Cli.Tests.Commands;

public class EmulateCommandTests
{
    [Fact]
    public void AnUnknownSensorIsRefusedWithTheChoices()
    {
        var (exit, _, error) = CliRun.Run("emulate", "treadmill");

        Assert.Equal(1, exit);
        Assert.Contains("unknown sensor 'treadmill': use footpod or hr", error);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    public void ASpeedThatIsNotAPositiveNumberIsRefused(string speed)
    {
        var (exit, _, error) = CliRun.Run("emulate", "footpod", "--speed", speed);

        Assert.Equal(1, exit);
        Assert.Contains($"--speed must be between 0.1 and 1000, not {speed}", error);
    }

    [Fact]
    public void ASpeedThatIsNotANumberIsAUsageErrorAsForRun()
    {
        var emulate = CliRun.Run("emulate", "footpod", "--speed", "fast");
        var run = CliRun.Run("run", "--simulate", "--speed", "fast");

        Assert.Equal(2, emulate.Exit);
        Assert.Equal(2, run.Exit);
        Assert.Equal("error: --speed takes a number, not 'fast'", CliRun.Lines(emulate.Error)[0]);
        Assert.Equal(CliRun.Lines(run.Error)[0], CliRun.Lines(emulate.Error)[0]);
    }

    [Fact]
    public void ABadStartDelayIsRefused()
    {
        var (exit, _, error) = CliRun.Run("emulate", "hr", "--start-delay", "soon");

        Assert.Equal(1, exit);
        Assert.Contains("--start-delay must be a duration like 1s", error);
    }

    [Theory]
    [InlineData("50%", "--pod-error 50% is outside -30% to 30%")]
    [InlineData("long", "--pod-error 'long' is not a fraction")]
    public void APodErrorOutsideWhatAPodDoesIsRefused(string value, string message)
    {
        var (exit, _, error) = CliRun.Run("emulate", "footpod", "--pod-error", value);

        Assert.Equal(1, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public void ABadWorkoutOptionIsReportedBeforeAnythingIsOffered()
    {
        var (exit, _, error) = CliRun.Run("emulate", "footpod", "--target-pace", "quick");

        Assert.Equal(1, exit);
        Assert.StartsWith("error: ", error);
    }

    [Fact]
    public void AnUnreachableBusIsOneClearSentence()
    {
        using var empty = new TempFolder("no-bus");
        var missing = empty.File("bus");

        var (exit, _, error) = CliRun.Run("emulate", "footpod", "--bus", "unix:path=" + missing);

        Assert.Equal(1, exit);
        Assert.StartsWith("error: ", error);
        Assert.Single(CliRun.Lines(error));
    }
}
