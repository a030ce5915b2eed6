using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.BlueZ;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Core.Workout;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Relay;

/// <summary>
/// The relay beside a coached session (`pacelink run --relay`, the service's <c>Relay:Enabled</c>):
/// it serves what the session's sensors are (pod or treadmill, strap) and measures the pod's
/// distance with the session's own calibration and sensor timeout, so the watch's laps and the
/// session's reps are cut from the same distance.
/// </summary>
public static class SessionRelay
{
    /// <param name="calibration">A factor of its own for the relay; null uses the workout's (recommended).</param>
    public static async Task<RelayLink> StartAsync(PairedSensorSource source, WorkoutSettings settings, string? adapter, double? calibration,
        SessionClock clock, Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        if (!RelaySensors.TryChoose(source.Sensors, null, null, null, out var sensors, out var options, out var error))
            throw new NoSensorsPairedException(error);
        var engine = settings.ToOptions();
        var setup = new RelaySetup { Adapter = adapter, Options = options with { Calibration = calibration ?? engine.Calibration, Gap = engine.SensorTimeout } };
        return await RelayLink.StartAsync(setup, sensors, source.LinkChanges, () => clock.Elapsed, new BlueZOptions(), log, cancellationToken).ConfigureAwait(false);
    }
}
