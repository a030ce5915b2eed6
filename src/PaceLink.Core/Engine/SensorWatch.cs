namespace PaceLink.Core.Engine;

/// <summary>
/// The session's sensors as the engine sees them, each known from its first notification: when it
/// was last heard, whether it is lost (silent for longer than the timeout), what it sent, and the
/// timer that goes off when it falls silent.
/// </summary>
/// <remarks>
/// The coach arms the silence timers (only it holds the gate its timers run under); the watch keeps
/// them so that the next notification, or the end of the session, can cancel them.
/// </remarks>
internal sealed class SensorWatch(TimeSpan timeout)
{
    internal sealed class Sensor(string id)
    {
        public string Id { get; } = id;
        public TimeSpan LastSeen { get; set; }
        public bool Lost { get; set; }
        public int Notifications { get; set; }
        public int Malformed { get; set; }
        public IDisposable? Silence { get; set; }
    }

    // Ordered by first appearance so snapshots list sensors the same way every time.
    private readonly List<Sensor> _sensors = [];

    /// <summary>
    /// Counts a notification from <paramref name="id"/>; true when the sensor was lost until now
    /// (it is back). Then call <see cref="Heard"/>.
    /// </summary>
    public bool Notified(string id, out Sensor sensor)
    {
        sensor = Find(id);
        sensor.Notifications++;
        if (!sensor.Lost) return false;
        sensor.Lost = false;
        return true;
    }

    /// <summary>
    /// <paramref name="sensor"/> was heard at <paramref name="at"/>: its silence timer is cancelled,
    /// and the time the next one is due (the sensor's <see cref="Sensor.Silence"/>) is returned.
    /// </summary>
    public TimeSpan Heard(Sensor sensor, TimeSpan at)
    {
        sensor.LastSeen = at;
        sensor.Silence?.Dispose();
        return at + timeout;
    }

    /// <summary>The silence timer of <paramref name="sensor"/> went off: true when that makes it lost.</summary>
    public static bool Silent(Sensor sensor)
    {
        if (sensor.Lost) return false;
        sensor.Lost = true;
        return true;
    }

    /// <summary>A payload from <paramref name="id"/> did not decode.</summary>
    public void Malformed(string id) => Find(id).Malformed++;

    public void Cancel()
    {
        foreach (var sensor in _sensors)
        {
            sensor.Silence?.Dispose();
            sensor.Silence = null;
        }
    }

    public SensorHealth[] Healths()
    {
        var healths = new SensorHealth[_sensors.Count];
        for (var i = 0; i < healths.Length; i++)
        {
            var s = _sensors[i];
            healths[i] = new SensorHealth(s.Id, s.Lost, s.LastSeen, s.Notifications, s.Malformed);
        }
        return healths;
    }

    private Sensor Find(string id)
    {
        foreach (var sensor in _sensors)
            if (sensor.Id == id) return sensor;
        var added = new Sensor(id);
        _sensors.Add(added);
        return added;
    }
}
