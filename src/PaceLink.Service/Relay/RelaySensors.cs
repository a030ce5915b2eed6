using PaceLink.Core.Pipeline;
using PaceLink.Core.Relay;

namespace PaceLink.Service.Relay;

/// <summary>
/// Which paired sensors a relay listens to and what it serves: the foot pod (or, asked for or
/// when no pod is paired, a treadmill) and the strap. Asked for by name (<c>--pod</c>, <c>--hr</c>),
/// a sensor must be paired; otherwise whatever is paired is relayed.
/// </summary>
public static class RelaySensors
{
    /// <param name="paired">The paired sensors.</param>
    /// <param name="pod">True: serve the pod; false: do not; null: when a pod (or treadmill) is paired.</param>
    /// <param name="heartRate">The same for the strap.</param>
    /// <param name="fromTreadmill">True: the pod's speed and distance come from the treadmill; null: when no pod but a treadmill is paired.</param>
    public static bool TryChoose(IReadOnlyList<SensorInfo> paired, bool? pod, bool? heartRate, bool? fromTreadmill,
        out IReadOnlyList<SensorInfo> sensors, out RelayOptions options, out string error)
    {
        sensors = [];
        options = new RelayOptions();
        error = "";
        SensorInfo? Find(SensorKind kind) => paired.FirstOrDefault(s => s.Kind == kind);
        var treadmill = fromTreadmill ?? (Find(SensorKind.Rsc) is null && Find(SensorKind.Treadmill) is not null);
        var source = Find(treadmill ? SensorKind.Treadmill : SensorKind.Rsc);
        var strap = Find(SensorKind.Hr);
        if (pod == true && source is null)
        {
            error = treadmill
                ? "no treadmill is paired to relay as the foot pod; pair it with `pacelink pair ADDRESS --as treadmill`"
                : "no foot pod is paired to relay; pair it with `pacelink pair ADDRESS --as footpod` (or relay a treadmill with --from treadmill)";
            return false;
        }
        if (heartRate == true && strap is null)
        {
            error = "no heart-rate strap is paired to relay; pair it with `pacelink pair ADDRESS --as hr`";
            return false;
        }
        var servePod = (pod ?? true) && source is not null;
        var serveHr = (heartRate ?? true) && strap is not null;
        if (!servePod && !serveHr)
        {
            error = "No sensor to relay is paired (a foot pod, a treadmill or a heart-rate strap). " +
                    "Run `pacelink scan`, then `pacelink pair ADDRESS --as footpod` (or hr, or treadmill).";
            return false;
        }
        sensors = [.. new[] { servePod ? source : null, serveHr ? strap : null }.OfType<SensorInfo>()];
        options = new RelayOptions { Pod = servePod, HeartRate = serveHr, FromTreadmill = servePod && treadmill };
        return true;
    }
}
