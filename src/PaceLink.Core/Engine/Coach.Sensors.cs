using PaceLink.Core.Coaching;

namespace PaceLink.Core.Engine;

internal sealed partial class Coach
{
    private sealed class SensorState(string id)
    {
        public readonly string Id = id;
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
        state.Timer = At(at + _options.SensorTimeout, state, static (coach, silent, due) => coach.OnSilence(silent, due));
        return true;
    }

    private void OnSilence(SensorState state, TimeSpan due)
    {
        if (state.Lost) return;
        state.Lost = true;
        Emit(new SensorLost(due, state.Id));
    }

    private void CountMalformed(string sensor) => Sensor(sensor).Malformed++;

    private SensorState Sensor(string id)
    {
        foreach (var (known, state) in _sensors)
            if (known == id) return state;
        var added = new SensorState(id);
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

    private SensorHealth[] SensorHealths()
    {
        var healths = new SensorHealth[_sensors.Count];
        for (var i = 0; i < healths.Length; i++)
        {
            var (id, s) = _sensors[i];
            healths[i] = new SensorHealth(id, s.Lost, s.LastSeen, s.Notifications, s.Malformed);
        }
        return healths;
    }
}
