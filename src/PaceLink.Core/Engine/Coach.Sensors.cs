using PaceLink.Core.Coaching;

namespace PaceLink.Core.Engine;

internal sealed partial class Coach
{
    private sealed class SensorState
    {
        public TimeSpan LastSeen;
        public bool Lost;
        public int Notifications;
        public int Malformed;
        public IDisposable? Timer;
    }

    // Ordered by first appearance so snapshots list sensors the same way every time.
    private readonly List<(string Id, SensorState State)> _sensors = [];

    /// <summary>Marks the sensor alive at <paramref name="at"/> and re-arms its silence timer. Always true.</summary>
    private bool Watch(string sensor, TimeSpan at)
    {
        var state = Sensor(sensor);
        state.Notifications++;
        if (state.Lost)
        {
            state.Lost = false;
            Emit(new SensorRestored(at, sensor));
        }
        state.LastSeen = at;
        state.Timer?.Dispose();
        state.Timer = At(at + _options.SensorTimeout, due =>
        {
            if (state.Lost) return;
            state.Lost = true;
            Emit(new SensorLost(due, sensor));
        });
        return true;
    }

    private void CountMalformed(string sensor) => Sensor(sensor).Malformed++;

    private SensorState Sensor(string id)
    {
        foreach (var (known, state) in _sensors)
            if (known == id) return state;
        var added = new SensorState();
        _sensors.Add((id, added));
        return added;
    }

    private void CancelSensorTimers()
    {
        foreach (var (_, state) in _sensors)
        {
            state.Timer?.Dispose();
            state.Timer = null;
        }
    }

    private IReadOnlyList<SensorHealth> SensorHealths() =>
        _sensors.Select(s => new SensorHealth(s.Id, s.State.Lost, s.State.LastSeen, s.State.Notifications, s.State.Malformed)).ToList();
}
