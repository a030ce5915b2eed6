using System.CommandLine;
using PaceLink.Bluetooth.BlueZ;

namespace PaceLink.Cli.Options;

/// <summary>
/// --bus: the D-Bus address where BlueZ lives. Default: the system bus (DBUS_SYSTEM_BUS_ADDRESS
/// when set). Pointing it at the bus of `pacelink simulate-bluez` demonstrates everything without a radio.
/// --adapter: which of several Bluetooth adapters to use (hci0, hci1, …); default the first one.
/// </summary>
internal sealed class BusOption
{
    public Option<string?> Bus { get; } = new("--bus") { Description = "D-Bus address of BlueZ (default: the system bus); Linux only" };

    public Option<string?> Adapter { get; } = new("--adapter") { Description = "Bluetooth adapter to use, like hci1 (default: the first one); Linux only" };

    public void AddTo(Command command)
    {
        command.Options.Add(Bus);
        command.Options.Add(Adapter);
    }

    public BlueZOptions ToBlueZ(ParseResult result) => new() { BusAddress = result.GetValue(Bus), AdapterName = result.GetValue(Adapter) };
}
