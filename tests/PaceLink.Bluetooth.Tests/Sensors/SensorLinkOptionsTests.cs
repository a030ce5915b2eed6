using PaceLink.Bluetooth.Sensors;

namespace PaceLink.Bluetooth.Tests.Sensors;

public sealed class SensorLinkOptionsTests
{
    [Fact]
    public void BackoffDoublesFromOneSecondUpToThirtyByDefault() =>
        Assert.Equal([1.0, 2, 4, 8, 16, 30, 30], Enumerable.Range(0, 7).Select(n => new SensorLinkOptions().Backoff(n).TotalSeconds));

    [Fact]
    public void AHugeFailureCountStaysAtTheMaximum() =>
        Assert.Equal(TimeSpan.FromSeconds(30), new SensorLinkOptions().Backoff(int.MaxValue));
}
