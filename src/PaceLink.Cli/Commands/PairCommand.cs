using PaceLink.Service.Sessions;
using System.CommandLine;
using System.Text.RegularExpressions;
using PaceLink.Bluetooth;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.BlueZ;
using PaceLink.Bluetooth.Pairing;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Cli.Options;
using PaceLink.Core.Pipeline;

namespace PaceLink.Cli.Commands;

/// <summary>
/// <c>pacelink pair ADDRESS --as footpod|hr|power|treadmill</c>: remembers a sensor in the user's
/// configuration and marks it trusted in BlueZ. It connects once to check the sensor offers the
/// service of that kind: some sensors leave the service out of their advertisement, so the
/// advertisement cannot decide. No bonding: foot pods and straps do not need it.
/// </summary>
internal static partial class PairCommand
{
    private static readonly TimeSpan FindTimeout = TimeSpan.FromSeconds(10);

    public static Command Build(CliOutput io)
    {
        var address = new Argument<string>("address") { Description = "the sensor's address as `pacelink scan` shows it (AA:BB:CC:DD:EE:FF)" };
        var kind = new Option<string>("--as") { Description = "what the sensor is: footpod, hr, power or treadmill", Required = true };
        var bus = new BusOption();
        var config = new ConfigOption();
        var athlete = new Option<string?>("--athlete") { Description = "Pair it for this athlete of a group (a foot pod and a strap each; see docs/coach.md)" };
        var command = new Command("pair", "Remember a sensor for `pacelink run` (and trust it in BlueZ)");
        command.Arguments.Add(address);
        command.Options.Add(kind);
        command.Options.Add(athlete);
        bus.AddTo(command);
        config.AddTo(command);
        command.SetAction((result, cancel) =>
        {
            if (result.GetValue(athlete) is not { } name) return RunAsync(io, result.GetValue(address)!, result.GetValue(kind)!, bus.ToBlueZ(result), config.Store(result), cancel);
            if (PaceLink.Service.Coach.AthleteName.Problem(name) is { } problem) return Task.FromResult(io.Fail("--athlete: " + problem));
            var folder = result.GetValue(config.Folder) is { Length: > 0 } dir ? dir : PaceLink.Service.Hosting.ConfigPaths.ConfigDir();
            var store = new SensorStore(PaceLink.Service.Hosting.PairedSensorFile.AthletePath(folder, name));
            return RunAsync(io, result.GetValue(address)!, result.GetValue(kind)!, bus.ToBlueZ(result), store, cancel);
        });
        return command;
    }

    internal static bool TryNormaliseAddress(string text, out string address)
    {
        address = text.Trim().ToUpperInvariant().Replace('-', ':');
        return AddressPattern().IsMatch(address);
    }

    private static async Task<int> RunAsync(CliOutput io, string addressText, string kindText, BlueZOptions blueZ, SensorStore store, CancellationToken cancel)
    {
        if (!TryNormaliseAddress(addressText, out var address))
            return io.Fail($"'{addressText}' is not a Bluetooth address; write it like C0:FF:EE:00:00:01 (see `pacelink scan`)");
        if (!SensorKindNames.TryParse(kindText, out var kind))
            return io.Fail($"--as '{kindText}' is not a sensor kind; use one of {string.Join(", ", SensorKindNames.CommandLineKinds)}");
        try
        {
            await using var bluetooth = await BluetoothPlatform.OpenAsync(blueZ, cancel);
            await bluetooth.EnsureAvailableAsync(cancel);
            var device = await FindAsync(io, bluetooth, address, cancel);
            await CheckServiceAsync(device, kind, cancel);
            if (bluetooth is BlueZBluetooth bluez) await bluez.SetTrustedAsync(address, true, cancel);
            var sensor = new SensorInfo(SensorKindNames.SessionId(kind), kind, device.Name, address);
            var replaced = store.Remember(sensor);
            if (replaced is not null && !string.Equals(replaced.Address, address, StringComparison.OrdinalIgnoreCase))
                io.Out.WriteLine($"Replaced the {SensorKindNames.CommandLineName(replaced.Kind)} {replaced.Name ?? replaced.Address} ({replaced.Address}).");
            io.Out.WriteLine($"Paired {device.Name ?? address} ({address}) as {SensorKindNames.CommandLineName(kind)}. Saved in {store.Path}.");
            return 0;
        }
        catch (BluetoothException e)
        {
            return io.Fail(BluetoothAdvice.Explain(e));
        }
        catch (SensorStoreException e)
        {
            return io.Fail(e.Message);
        }
    }

    /// <summary>Connects (at most <see cref="FindTimeout"/>) and checks the device offers the service of <paramref name="kind"/>.</summary>
    private static async Task CheckServiceAsync(BluetoothDevice device, SensorKind kind, CancellationToken cancel)
    {
        var profile = SensorProfile.For(kind);
        using var brief = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        brief.CancelAfter(FindTimeout);
        try
        {
            await device.Gatt.ConnectAsync(brief.Token);
            if (await device.Gatt.GetPrimaryServiceAsync(profile.Service, brief.Token) is null)
                throw new ServiceMissingException(
                    $"{device} does not offer the {profile.ServiceName} service (0x{profile.Service:X4}), so it is not a {SensorKindNames.CommandLineName(kind)}. Check the address and --as with `pacelink scan --all`.");
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            throw new DeviceUnreachableException($"{device} did not finish connecting in {FindTimeout.TotalSeconds:0} s. Wake the sensor and try again.");
        }
        finally
        {
            device.Gatt.Disconnect();
        }
    }

    /// <summary>The device BlueZ knows by this address; when it does not (yet), a short scan for it.</summary>
    private static async Task<BluetoothDevice> FindAsync(CliOutput io, IBluetooth bluetooth, string address, CancellationToken cancel)
    {
        try
        {
            return await bluetooth.GetDeviceAsync(address, cancel);
        }
        catch (DeviceNotFoundException)
        {
            io.Out.WriteLine($"Looking for {address}…");
            // Any advertisement from that address: some sensors do not advertise their service.
            var anyDevice = new BluetoothLEScanOptions { AcceptAllAdvertisements = true };
            if (!await bluetooth.WaitForAdvertisementAsync(address, anyDevice, FindTimeout, TimeProvider.System, cancel))
                throw new DeviceNotFoundException(address, $"{address} was not seen in {FindTimeout.TotalSeconds:0} s. Wake the sensor, check the address with `pacelink scan`, and try again.");
            return await bluetooth.GetDeviceAsync(address, cancel);
        }
    }

    [GeneratedRegex("^([0-9A-F]{2}:){5}[0-9A-F]{2}$")]
    private static partial Regex AddressPattern();
}
