using System.CommandLine;
using PaceLink.Bluetooth;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Cli.Options;
using PaceLink.Core.Units;

namespace PaceLink.Cli.Commands;

/// <summary><c>pacelink scan [--timeout 10s]</c>: lists nearby heart-rate, foot-pod, power and treadmill sensors.</summary>
public static class ScanCommand
{
    public static Command Build(CliOutput io)
    {
        var timeout = new Option<string>("--timeout") { Description = "how long to scan, like 10s", DefaultValueFactory = _ => "10s" };
        var bus = new BusOption();
        var command = new Command("scan", "List nearby running sensors: name, address, signal, services, battery");
        command.Options.Add(timeout);
        bus.AddTo(command);
        command.SetAction((result, cancel) => RunAsync(io, result.GetValue(timeout)!, bus, result, cancel));
        return command;
    }

    private static async Task<int> RunAsync(CliOutput io, string timeoutText, BusOption bus, ParseResult result, CancellationToken cancel)
    {
        if (!DurationText.TryParse(timeoutText, out var duration, out var error) || duration <= TimeSpan.Zero)
            return Fail(io, string.IsNullOrEmpty(error) ? "--timeout must be longer than zero" : $"--timeout: {error}");
        try
        {
            await using var bluetooth = await BluetoothPlatform.OpenAsync(bus.ToBlueZ(result), cancel);
            var filters = SensorProfile.All.Select(p => new BluetoothLEScanFilter { Services = [p.Service] }).ToArray();
            io.Out.WriteLine($"Scanning for {DurationText.Format(duration)}…");
            var found = await bluetooth.ScanForDevicesAsync(new BluetoothLEScanOptions { Filters = filters }, duration, TimeProvider.System, cancel);
            foreach (var advert in found)
                io.Out.WriteLine(await LineAsync(advert, cancel));
            io.Out.WriteLine(found.Count == 0
                ? "No sensors found. Wake them (put the strap on and wet it, shake the pod) and scan again."
                : $"{found.Count} sensor{(found.Count == 1 ? "" : "s")} found. Pair one with `pacelink pair ADDRESS --as footpod|hr|power|treadmill`.");
            return 0;
        }
        catch (BluetoothException e)
        {
            return Fail(io, e.Message);
        }
    }

    private static async Task<string> LineAsync(BluetoothAdvertisingEvent advert, CancellationToken cancel)
    {
        var services = advert.Uuids
            .Select(u => u.ShortId is { } id ? SensorProfile.All.FirstOrDefault(p => p.Service == id)?.ServiceName : null)
            .OfType<string>().Distinct();
        var battery = await advert.Device.GetPlatformBatteryLevelAsync(cancel);
        return string.Join("  ",
            (advert.Name ?? "(no name)").PadRight(20),
            advert.Device.Id,
            (advert.Rssi is { } rssi ? $"{rssi} dBm" : "? dBm").PadLeft(8),
            string.Join(", ", services).PadRight(26),
            battery is { } b ? $"battery {b}%" : "battery ?");
    }

    private static int Fail(CliOutput io, string message)
    {
        io.Error.WriteLine($"error: {message}");
        return 1;
    }
}
