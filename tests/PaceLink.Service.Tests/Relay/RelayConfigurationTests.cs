using Microsoft.Extensions.Configuration;
using PaceLink.Core.Pipeline;
using PaceLink.Service.Hosting;
using PaceLink.Service.Relay;

namespace PaceLink.Service.Tests.Relay;

public sealed class RelayConfigurationTests : IDisposable
{
    private readonly TempFolder _folder = new("relay-config");

    private PaceLinkOptions Valid() => new() { DataFolder = _folder.File("data"), Api = { Urls = "http://127.0.0.1:0" } };

    [Fact]
    public void TheRelaySectionBindsFromConfiguration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Relay:Enabled"] = "true", ["Relay:Adapter"] = "hci1", ["Relay:Calibration"] = "0.97",
        }).Build();

        var relay = ServiceConfiguration.Bind(configuration).Relay;

        Assert.Equal((true, "hci1", 0.97), (relay.Enabled, relay.Adapter, relay.Calibration));
    }

    [Fact]
    public void TheRelayIsOffUnlessAskedFor() => Assert.False(Valid().Relay.Enabled);

    [Fact]
    public void ABadRelayAdapterOrCalibrationIsNamed()
    {
        var options = Valid();
        options.Relay = new RelayServiceOptions { Enabled = true, Adapter = "bluetooth", Calibration = 0 };

        var errors = OptionsValidator.Validate(options).Select(e => e.ToString()).ToList();

        Assert.Contains("Relay:Adapter: 'bluetooth' is not an adapter name like hci1 (see `bluetoothctl list`)", errors);
        Assert.Contains(errors, e => e.StartsWith("Relay:Calibration: must be a number above zero", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, null, null, "pod,hr", false)]
    [InlineData(true, null, null, "pod", false)]
    [InlineData(null, true, null, "hr", false)]
    [InlineData(true, true, null, "pod,hr", false)]
    [InlineData(true, null, true, "treadmill", true)]
    public void TheRelayServesWhatIsPairedOrAskedFor(bool? pod, bool? hr, bool? treadmill, string expected, bool fromTreadmill)
    {
        SensorInfo[] paired = [new("pod", SensorKind.Rsc), new("hr", SensorKind.Hr), new("treadmill", SensorKind.Treadmill)];
        if (pod == true && hr is null) hr = false;
        if (hr == true && pod is null) pod = false;

        Assert.True(RelaySensors.TryChoose(paired, pod, hr, treadmill, out var sensors, out var options, out var error), error);

        Assert.Equal(expected, string.Join(",", sensors.Select(s => s.Id)));
        Assert.Equal(fromTreadmill, options.FromTreadmill);
    }

    [Fact]
    public void ATreadmillStandsInForAMissingPod()
    {
        Assert.True(RelaySensors.TryChoose([new("treadmill", SensorKind.Treadmill)], null, null, null, out var sensors, out var options, out _));

        Assert.True(options is { Pod: true, FromTreadmill: true, HeartRate: false });
        Assert.Equal("treadmill", Assert.Single(sensors).Id);
    }

    [Fact]
    public void NothingPairedOrAMissingSensorIsNamed()
    {
        Assert.False(RelaySensors.TryChoose([], null, null, null, out _, out _, out var none));
        Assert.False(RelaySensors.TryChoose([new("hr", SensorKind.Hr)], true, false, null, out _, out _, out var noPod));
        Assert.False(RelaySensors.TryChoose([new("pod", SensorKind.Rsc)], false, true, null, out _, out _, out var noStrap));

        Assert.StartsWith("No sensor to relay is paired", none);
        Assert.StartsWith("no foot pod is paired to relay", noPod);
        Assert.StartsWith("no heart-rate strap is paired to relay", noStrap);
    }

    public void Dispose() => _folder.Dispose();
}
