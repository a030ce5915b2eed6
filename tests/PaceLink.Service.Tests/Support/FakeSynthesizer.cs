using PaceLink.Service.Alerts.Speech;

namespace PaceLink.Service.Tests.Support;

/// <summary>A voice that records what it was asked to say; it can be held mid-sentence or be missing.</summary>
public sealed class FakeSynthesizer(bool available = true) : ISpeechSynthesizer, IBeeper
{
    private readonly Lock _gate = new();
    private readonly List<string> _said = [];
    private readonly List<Beep> _beeps = [];
    private TaskCompletionSource _hold = Completed();

    public string Name => "fake";
    public int AvailabilityChecks { get; private set; }

    public IReadOnlyList<string> Said { get { lock (_gate) return [.. _said]; } }
    public IReadOnlyList<Beep> Beeps { get { lock (_gate) return [.. _beeps]; } }

    /// <summary>Completes when something has been said (or beeped) at least <c>count</c> times in total.</summary>
    public Task WhenCount(int count) => Wait(() => _said.Count + _beeps.Count >= count);

    /// <summary>The next SpeakAsync blocks until <see cref="Release"/>.</summary>
    public void Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _hold.TrySetResult();

    /// <summary>Completes when SpeakAsync has been entered (the speaker is busy).</summary>
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsAvailable()
    {
        AvailabilityChecks++;
        return available;
    }

    public async Task SpeakAsync(string text, CancellationToken cancellationToken)
    {
        Entered.TrySetResult();
        await _hold.Task.WaitAsync(cancellationToken);
        lock (_gate) _said.Add(text);
        Signal();
    }

    Task IBeeper.BeepAsync(Beep beep, CancellationToken cancellationToken)
    {
        lock (_gate) _beeps.Add(beep);
        Signal();
        return Task.CompletedTask;
    }

    bool IBeeper.IsAvailable() => true;

    private readonly List<(Func<bool> Condition, TaskCompletionSource Done)> _waiters = [];

    private Task Wait(Func<bool> condition)
    {
        lock (_gate)
        {
            if (condition()) return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((condition, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    private void Signal()
    {
        lock (_gate)
        {
            foreach (var w in _waiters.Where(w => w.Condition()).ToList())
            {
                w.Done.TrySetResult();
                _waiters.Remove(w);
            }
        }
    }

    private static TaskCompletionSource Completed()
    {
        var t = new TaskCompletionSource();
        t.SetResult();
        return t;
    }
}
