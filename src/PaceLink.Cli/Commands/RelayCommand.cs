using System.CommandLine;
using System.Globalization;
using PaceLink.Cli.Hosting;

namespace PaceLink.Cli.Commands;

/// <summary>
/// <c>pacelink relay [--adapter hci1] [--calibration F] [--pod] [--hr] [--from pod|treadmill]</c>:
/// connects to the paired foot pod (or treadmill) and strap and offers them again, through
/// BlueZ, as "PaceLink Pod" (calibrated, with a total distance of its own) and "PaceLink HR"
/// (byte for byte), for the runner's watch. Runs until Ctrl+C (Linux).
/// </summary>
internal static class RelayCommand
{
    public static Command Build(CliOutput io)
    {
        var adapter = new Option<string?>("--adapter") { Description = "adapter the watch connects to, like hci1 (default: the sensors' adapter, which must then do both roles at once)" };
        var sensorsAdapter = new Option<string?>("--sensors-adapter") { Description = "adapter the pod and strap are reached through, like hci0 (default: the first)" };
        var bus = new Option<string?>("--bus") { Description = "D-Bus address of BlueZ (default: the system bus)" };
        var calibration = new Option<string?>("--calibration") { Description = "foot-pod distance factor like 0.97 (default: the pod's saved calibration, else 1.0)" };
        var pod = new Option<bool>("--pod") { Description = "relay the foot pod (alone, unless --hr is given too)" };
        var hr = new Option<bool>("--hr") { Description = "relay the heart-rate strap (alone, unless --pod is given too)" };
        var from = new Option<string?>("--from") { Description = "what the relayed pod's speed and distance come from: pod or treadmill (default: the pod, else a paired treadmill)" };
        var trace = new Option<string?>("--trace") { Description = "record what came in and what went out to this trace file" };
        var config = new Option<string?>("--config-dir") { Description = "folder of sensors.json and calibration.json (default: $PACELINK_CONFIG_DIR or ~/.config/pacelink)" };
        var command = new Command("relay", "Relay the paired foot pod (calibrated) and heart-rate strap to a watch, as \"PaceLink Pod\" and \"PaceLink HR\" (Linux, BlueZ)");
        foreach (var o in new Option[] { adapter, sensorsAdapter, bus, calibration, pod, hr, from, trace, config }) command.Options.Add(o);
        command.SetAction(async (result, cancellation) =>
        {
            double? factor = null;
            if (result.GetValue(calibration) is { } text)
            {
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) || !double.IsFinite(f) || f <= 0)
                    return io.Fail($"--calibration must be a number above zero, like 0.97 (got '{text}')");
                factor = f;
            }
            bool? treadmill = null;
            if (result.GetValue(from) is { } source)
            {
                switch (source.Trim().ToLowerInvariant())
                {
                    case "pod" or "footpod": treadmill = false; break;
                    case "treadmill": treadmill = true; break;
                    default: return io.Fail($"--from must be pod or treadmill (got '{source}')");
                }
            }
            if (result.GetValue(adapter) is { } a && !PaceLink.Service.Relay.RelaySetup.IsAdapterName(a))
                return io.Fail($"--adapter must name an adapter like hci1 (got '{a}'); `bluetoothctl list` shows them");
            if (result.GetValue(sensorsAdapter) is { } c && !PaceLink.Service.Relay.RelaySetup.IsAdapterName(c))
                return io.Fail($"--sensors-adapter must name an adapter like hci0 (got '{c}'); `bluetoothctl list` shows them");
            var (onlyPod, onlyHr) = (result.GetValue(pod), result.GetValue(hr));
            var request = new RelayRequest
            {
                Adapter = result.GetValue(adapter),
                SensorsAdapter = result.GetValue(sensorsAdapter),
                BusAddress = result.GetValue(bus),
                Calibration = factor,
                Pod = onlyPod || onlyHr ? onlyPod : null,
                HeartRate = onlyPod || onlyHr ? onlyHr : null,
                FromTreadmill = treadmill,
                TracePath = result.GetValue(trace),
                ConfigDir = result.GetValue(config),
            };
            return await RelayRun.RunAsync(io, request, cancellation);
        });
        return command;
    }
}
