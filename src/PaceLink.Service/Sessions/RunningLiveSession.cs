using PaceLink.Core.Pipeline;

namespace PaceLink.Service.Sessions;

/// <summary>A <see cref="LiveSession"/> started on its clock, with the pacer that moves that clock running in the background.</summary>
internal sealed class RunningLiveSession : IRunningSession
{
    private readonly LiveSession _live;
    private readonly CancellationTokenSource _stopPacing = new();
    private readonly Task _pacing;
    private readonly TimeProvider _time;

    public RunningLiveSession(LiveSession live, SessionClock clock, WallClockPacer pacer, string tracePath, TimeProvider time)
    {
        _live = live;
        _time = time;
        TracePath = tracePath;
        Id = Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(tracePath));
        // The session starts at the clock's first advance, on the clock, like everything else in it.
        clock.Post(live.Start);
        _pacing = Task.Run(() => pacer.RunAsync(clock, () => live.IsEnded, _stopPacing.Token));
    }

    public string Id { get; }

    public string? TracePath { get; }

    public Task<SessionSummary> Completion => _live.Completion;

    public void Send(CoachCommand command) => _live.Send(command);

    /// <summary>Presses stop and waits (bounded) for the engine's done, which closes the trace; otherwise ends it at once.</summary>
    public async Task StopAsync()
    {
        if (_live.IsEnded) return;
        _live.Stop();
        var ended = await Task.WhenAny(_live.Completion, Task.Delay(TimeSpan.FromSeconds(5), _time));
        if (ended != _live.Completion) _live.Dispose();
        await DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopPacing.CancelAsync();
        await _pacing;
        _live.Dispose();
    }
}
