namespace PaceLink.Service.Alerts.Speech;

/// <summary>
/// The cues waiting to be spoken, bounded. When the voice falls behind, everything pending is
/// said in one breath; countdown numbers older than <paramref name="staleAfter"/> are dropped,
/// because "four" said three seconds late is worse than silence. A new countdown number or "go"
/// supersedes any countdown still waiting: once "two" is due, "three" is already late. Thread-safe.
/// </summary>
public sealed class CueQueue(int capacity, TimeProvider time, TimeSpan staleAfter)
{
    private readonly Lock _gate = new();
    private readonly List<(Cue Cue, long Queued)> _pending = [];
    private readonly SemaphoreSlim _signal = new(0);

    /// <summary>Cues dropped because the queue was full or they went stale.</summary>
    public int Dropped { get; private set; }

    public int Count
    {
        get { lock (_gate) return _pending.Count; }
    }

    /// <summary>Queues a cue without waiting. When full, the oldest countdown goes first, else the oldest cue.</summary>
    public void Add(Cue cue)
    {
        lock (_gate)
        {
            if (cue.Kind is CueKind.Countdown or CueKind.Go)
                Dropped += _pending.RemoveAll(p => p.Cue.Kind == CueKind.Countdown);
            if (_pending.Count >= capacity)
            {
                var victim = _pending.FindIndex(p => p.Cue.Kind == CueKind.Countdown);
                _pending.RemoveAt(victim >= 0 ? victim : 0);
                Dropped++;
            }
            _pending.Add((cue, time.GetTimestamp()));
        }
        _signal.Release();
    }

    /// <summary>Waits until something is queued, then takes everything still worth saying.</summary>
    public async Task<IReadOnlyList<Cue>> TakeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await _signal.WaitAsync(cancellationToken);
            var batch = TakeFresh();
            if (batch.Count > 0) return batch;
        }
    }

    /// <summary>True while nothing waits; the speech sink's flush uses it.</summary>
    public bool IsEmpty
    {
        get { lock (_gate) return _pending.Count == 0; }
    }

    private List<Cue> TakeFresh()
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            var fresh = new List<Cue>(_pending.Count);
            foreach (var (cue, queued) in _pending)
            {
                if (cue.Kind == CueKind.Countdown && time.GetElapsedTime(queued, now) > staleAfter) Dropped++;
                else fresh.Add(cue);
            }
            _pending.Clear();
            return fresh;
        }
    }
}
