using PaceLink.Cli.Tests.Support;

namespace PaceLink.Cli.Tests.Commands;

/// <summary>simulate-bluez checks its sensor rates before it touches any bus.</summary>
public class SimulateBlueZCommandTests
{
    private const string NoBus = "unix:path=/nonexistent/pacelink-test-bus";

    [Theory]
    [InlineData("--pod-hz", "8", "--pod-hz must be between 1 and 4, not 8")]
    [InlineData("--hr-hz", "0.5", "--hr-hz must be between 1 and 4, not 0.5")]
    public void ARateRealSensorsCannotSendIsRefusedWithTheRange(string option, string value, string message)
    {
        var (exit, _, error) = CliRun.Run("simulate-bluez", "--bus", NoBus, option, value);

        Assert.Equal(1, exit);
        Assert.Equal($"error: {message}", error.Trim());
    }

    [Fact]
    public void AValidRateGoesOnToTheBusAndReportsWhyItCannotServe()
    {
        var (exit, _, error) = CliRun.Run("simulate-bluez", "--bus", NoBus, "--pod-hz", "4", "--hr-hz", "4");

        Assert.Equal(1, exit);
        Assert.StartsWith($"error: cannot serve org.bluez on {NoBus}", error.Trim());
    }
}
