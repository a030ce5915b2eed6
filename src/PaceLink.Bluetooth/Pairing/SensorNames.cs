using PaceLink.Core.Pipeline;

namespace PaceLink.Bluetooth.Pairing;

/// <summary>How sensor kinds are named on the command line (footpod, hr, power, treadmill) and in a session (pod, hr, …).</summary>
public static class SensorNames
{
    public static readonly IReadOnlyList<string> CommandLineKinds = ["footpod", "hr", "power", "treadmill"];

    public static bool TryParseKind(string? text, out SensorKind kind)
    {
        (var ok, kind) = text?.Trim().ToLowerInvariant() switch
        {
            "footpod" or "pod" or "rsc" => (true, SensorKind.Rsc),
            "hr" or "heart" or "strap" => (true, SensorKind.Hr),
            "power" => (true, SensorKind.Power),
            "treadmill" => (true, SensorKind.Treadmill),
            _ => (false, default),
        };
        return ok;
    }

    /// <summary>The id a session knows a sensor of this kind by, as the simulator and traces use it.</summary>
    public static string SessionId(SensorKind kind) => kind switch
    {
        SensorKind.Rsc => "pod",
        SensorKind.Hr => "hr",
        SensorKind.Power => "power",
        _ => "treadmill",
    };

    public static string CommandLineName(SensorKind kind) => kind switch
    {
        SensorKind.Rsc => "footpod",
        SensorKind.Hr => "hr",
        SensorKind.Power => "power",
        _ => "treadmill",
    };
}
