using PaceLink.Bluetooth.Abstractions;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Tests.Sessions;

/// <summary>The Bluetooth library says what is wrong; the advice adds the PaceLink command that helps.</summary>
public sealed class BluetoothAdviceTests
{
    [Fact]
    public void NothingPairedNamesScanPairAndTheSimulator()
    {
        var text = BluetoothAdvice.Explain(new NoSensorsPairedException("No sensors are paired."));

        Assert.Equal("No sensors are paired. Run `pacelink scan`, then `pacelink pair ADDRESS --as footpod` (or hr), or try `pacelink run --simulate`.", text);
    }

    [Fact]
    public void NoAdapterOffersTheSimulator()
    {
        var text = BluetoothAdvice.Explain(new NoAdapterException("No Bluetooth adapter found."));

        Assert.StartsWith("No Bluetooth adapter found. ", text);
        Assert.Contains("`pacelink run --simulate`", text);
    }

    [Fact]
    public void AnUnknownDeviceOffersAScan()
    {
        var text = BluetoothAdvice.Explain(new DeviceNotFoundException("AA:BB:CC:DD:EE:FF", "BlueZ does not know AA:BB:CC:DD:EE:FF."));

        Assert.EndsWith("`pacelink scan` lists what is in range.", text);
    }

    [Fact]
    public void OtherFailuresAreTheirOwnSentence()
    {
        var error = new AdapterOffException("The Bluetooth adapter hci0 is switched off.");

        Assert.Equal(error.Message, BluetoothAdvice.Explain(error));
    }

    [Theory]
    [InlineData("--adapter", "Name that adapter with --adapter, like --adapter hci1.")]                   // relay, emulate
    [InlineData("--relay-adapter", "Name that adapter with --relay-adapter, like --relay-adapter hci1.")] // run --relay
    [InlineData("Relay:Adapter", "Name that adapter in the Relay:Adapter setting, like hci1.")]           // the service
    public void AnAdapterThatCannotServeTheWatchIsAnsweredWithTheOptionOfTheCommandAtHand(string option, string hint)
    {
        var error = new PeripheralUnsupportedException("The adapter hci0 cannot be central and peripheral at once. Plug in a second Bluetooth LE adapter for the watch.");

        Assert.Equal($"{error.Message} {hint}", BluetoothAdvice.Explain(error, option));
    }

    [Fact]
    public void ABusyAdapterIsAnsweredWithTheOptionToo()
    {
        var error = new PeripheralBusyException("hci0 has no free advertisement slot. Stop it, or use another adapter.");

        Assert.EndsWith("Name that adapter with --relay-adapter, like --relay-adapter hci1.", BluetoothAdvice.Explain(error, "--relay-adapter"));
    }

    [Fact]
    public void WhereNoAdapterCanBeNamedThePeripheralSentenceStandsAlone()
    {
        var error = new PeripheralUnsupportedException("This BlueZ is too old for advertising.");

        Assert.Equal(error.Message, BluetoothAdvice.Explain(error));
    }
}
