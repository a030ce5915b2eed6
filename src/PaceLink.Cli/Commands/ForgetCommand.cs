using System.CommandLine;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.BlueZ;
using PaceLink.Bluetooth.Pairing;
using PaceLink.Cli.Options;

namespace PaceLink.Cli.Commands;

/// <summary><c>pacelink forget ADDRESS</c>: removes a paired sensor (and takes back its trust in BlueZ when BlueZ is reachable).</summary>
internal static class ForgetCommand
{
    public static Command Build(CliOutput io)
    {
        var address = new Argument<string>("address") { Description = "the paired sensor's address (see `pacelink sensors`)" };
        var bus = new BusOption();
        var config = new ConfigOption();
        var command = new Command("forget", "Remove a paired sensor");
        command.Arguments.Add(address);
        bus.AddTo(command);
        config.AddTo(command);
        command.SetAction((result, cancel) => RunAsync(io, result.GetValue(address)!, bus.ToBlueZ(result), config.Store(result), cancel));
        return command;
    }

    private static async Task<int> RunAsync(CliOutput io, string addressText, BlueZOptions blueZ, SensorStore store, CancellationToken cancel)
    {
        PairCommand.TryNormaliseAddress(addressText, out var address);
        try
        {
            if (!store.Forget(address))
            {
                io.Error.WriteLine($"error: no paired sensor has the address {address} (see `pacelink sensors`)");
                return 1;
            }
        }
        catch (SensorStoreException e)
        {
            io.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        io.Out.WriteLine($"Forgot {address}.");
        await UntrustAsync(io, address, blueZ, cancel);
        return 0;
    }

    /// <summary>Best effort: forgetting works offline too, so a BlueZ failure is only mentioned.</summary>
    private static async Task UntrustAsync(CliOutput io, string address, BlueZOptions blueZ, CancellationToken cancel)
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            await using var bluetooth = await BlueZBluetooth.ConnectAsync(blueZ, cancel);
            await bluetooth.SetTrustedAsync(address, false, cancel);
        }
        catch (BluetoothException e)
        {
            io.Out.WriteLine($"(BlueZ still trusts it: {e.Message})");
        }
    }
}
