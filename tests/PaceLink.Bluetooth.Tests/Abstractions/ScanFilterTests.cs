using PaceLink.Bluetooth.Abstractions;

namespace PaceLink.Bluetooth.Tests.Abstractions;

public sealed class ScanFilterTests
{
    private static readonly BluetoothUuid HeartRate = 0x180D;
    private static readonly BluetoothUuid Rsc = 0x1814;

    [Fact]
    public void FiltersAreAlternativesButTheServicesOfOneFilterMustAllBeThere()
    {
        var options = new BluetoothLEScanOptions { Filters = [new() { Services = [HeartRate] }, new() { Services = [Rsc, 0x180F] }] };

        Assert.True(options.Matches("strap", [HeartRate]));
        Assert.False(options.Matches("pod", [Rsc]));
        Assert.True(options.Matches("pod", [Rsc, 0x180F]));
        Assert.Equal([HeartRate, Rsc, (BluetoothUuid)0x180F], options.ServiceUuids);
    }

    [Fact]
    public void ANamePrefixNeedsANameThatStartsWithIt()
    {
        var filter = new BluetoothLEScanFilter { NamePrefix = "HRM" };

        Assert.True(filter.Matches("HRM-Pro", []));
        Assert.False(filter.Matches("Stryd", []));
        Assert.False(filter.Matches(null, []));
    }

    [Fact]
    public void WithoutFiltersNothingMatchesUnlessEverythingIsAccepted()
    {
        Assert.False(new BluetoothLEScanOptions().Matches("x", [HeartRate]));
        Assert.True(new BluetoothLEScanOptions { AcceptAllAdvertisements = true }.Matches(null, []));
    }
}
