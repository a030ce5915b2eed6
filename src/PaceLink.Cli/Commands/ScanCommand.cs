using PaceLink.Service.Sessions;
using System.CommandLine;
using PaceLink.Bluetooth;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Cli.Options;
using PaceLink.Core.Units;

namespace PaceLink.Cli.Commands;

/// <summary>
/// <c>pacelink scan [--timeout 10s] [--all]</c>: lists nearby heart-rate, foot-pod, power and treadmill
/// sensors; with --all every connectable device, for sensors that leave their service out of the advertisement.
/// </summary>
internal static class ScanCommand
{
    public static Command Build(CliOutput io)
    {
        var timeout = new Option<string>("--timeout") { Description = "how long to scan, like 10s", DefaultValueFactory = _ => "10s" };
        var all = new Option<bool>("--all") { Description = "list every connectable device with its name, also sensors that do not advertise their service" };
        var bus = new BusOption();
        var command = new Command("scan", "List nearby running sensors: name, address, signal, services, battery");
        command.Options.Add(timeout);
        command.Options.Add(all);
        bus.AddTo(command);
        command.SetAction((result, cancel) => RunAsync(io, result.GetValue(timeout)!, result.GetValue(all), bus, result, cancel));
        return command;
    }

    private static async Task<int> RunAsync(CliOutput io, string timeoutText, bool all, BusOption bus, ParseResult result, CancellationToken cancel)
    {
        if (!DurationText.TryParse(timeoutText, out var duration, out var error) || duration <= TimeSpan.Zero)
            return io.Fail(string.IsNullOrEmpty(error) ? "--timeout must be longer than zero" : $"--timeout: {error}");
        try
        {
            await using var bluetooth = await BluetoothPlatform.OpenAsync(bus.ToBlueZ(result), cancel);
            var options = all
                ? new BluetoothLEScanOptions { AcceptAllAdvertisements = true }
                : new BluetoothLEScanOptions { Filters = SensorProfile.All.Select(p => new BluetoothLEScanFilter { Services = [p.Service] }).ToArray() };
            io.Out.WriteLine($"Scanning for {DurationText.Format(duration)}…");
            var found = await bluetooth.ScanForDevicesAsync(options, duration, TimeProvider.System, cancel);
            foreach (var advert in found)
                io.Out.WriteLine(await LineAsync(advert, cancel));
            var noun = all ? "device" : "sensor";
            io.Out.WriteLine(found.Count == 0
                ? $"No {noun}s found. Wake them (put the strap on and wet it, shake the pod) and scan again."
                : $"{found.Count} {noun}{(found.Count == 1 ? "" : "s")} found. Pair one with `pacelink pair ADDRESS --as footpod|hr|power|treadmill`.");
            if (!all)
                io.Out.WriteLine("Missing one? Some sensors do not advertise their service: `pacelink scan --all` lists every device.");
            return 0;
        }
        catch (BluetoothException e)
        {
            return io.Fail(BluetoothAdvice.Explain(e));
        }
    }

    private static async Task<string> LineAsync(BluetoothAdvertisingEvent advert, CancellationToken cancel)
    {
        var services = advert.Uuids
            .Select(u => u.ShortId is { } id ? SensorProfile.All.FirstOrDefault(p => p.Service == id)?.ServiceName : null)
            .OfType<string>().Distinct();
        // Connecting to read a battery is worth it for a sensor, not for every device `--all` finds.
        var battery = await advert.Device.GetPlatformBatteryLevelAsync(cancel)
            ?? (services.Any() ? await ConnectForBatteryAsync(advert.Device, cancel) : null);
        return string.Join("  ",
            (advert.Name ?? "(no name)").PadRight(20),
            advert.Device.Id,
            (advert.Rssi is { } rssi ? $"{rssi} dBm" : "? dBm").PadLeft(8),
            string.Join(", ", services).PadRight(26),
            battery is { } b ? $"battery {b}%" : "battery ?");
    }

    /// <summary>BlueZ reports a battery only for connected devices: connect briefly (at most 5 s) to read it.</summary>
    private static async Task<int?> ConnectForBatteryAsync(BluetoothDevice device, CancellationToken cancel)
    {
        using var brief = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        brief.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await device.Gatt.ConnectAsync(brief.Token);
            return await SensorDetails.ReadBatteryAsync(device, brief.Token);
        }
        catch (Exception e) when (e is BluetoothException or OperationCanceledException && !cancel.IsCancellationRequested)
        {
            return null;
        }
        finally
        {
            device.Gatt.Disconnect();
        }
    }
}
