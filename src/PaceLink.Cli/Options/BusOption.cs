using System.CommandLine;
using PaceLink.Bluetooth.BlueZ;

namespace PaceLink.Cli.Options;

/// <summary>
/// --bus: the D-Bus address where BlueZ lives. Default: the system bus (DBUS_SYSTEM_BUS_ADDRESS
/// when set). Pointing it at the bus of `pacelink simulate-bluez` demonstrates everything without a radio.
/// </summary>
public sealed class BusOption
{
    public Option<string?> Bus { get; } = new("--bus") { Description = "D-Bus address of BlueZ (default: the system bus); Linux only" };

    public void AddTo(Command command) => command.Options.Add(Bus);

    public BlueZOptions ToBlueZ(ParseResult result) => new() { BusAddress = result.GetValue(Bus) };
}
