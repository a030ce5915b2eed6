using PaceLink.Bluetooth.Abstractions;

namespace PaceLink.Bluetooth.Tests.Abstractions;

public sealed class BluetoothUuidTests
{
    [Fact]
    public void AShortIdBecomesTheSigBaseUuid() =>
        Assert.Equal("0000180d-0000-1000-8000-00805f9b34fb", BluetoothUuid.FromShortId(0x180D).ToString());

    [Theory]
    [InlineData("0000180D-0000-1000-8000-00805F9B34FB")]
    [InlineData("180d")]
    [InlineData("0x180D")]
    public void EveryWrittenFormOfHeartRateParsesToTheSameUuid(string text)
    {
        Assert.True(BluetoothUuid.TryParse(text, out var uuid));
        Assert.Equal(BluetoothUuid.FromShortId(0x180D), uuid);
        Assert.Equal((ushort)0x180D, uuid.ShortId);
    }

    [Fact]
    public void AVendorUuidHasNoShortId()
    {
        Assert.True(BluetoothUuid.TryParse("6e400001-b5a3-f393-e0a9-e50e24dcca9e", out var uuid));
        Assert.Null(uuid.ShortId);
    }

    [Fact]
    public void GarbageIsNotAUuid() => Assert.False(BluetoothUuid.TryParse("heart rate", out _));
}
