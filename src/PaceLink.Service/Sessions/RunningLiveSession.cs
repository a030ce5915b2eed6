using PaceLink.Core.Pipeline;

namespace PaceLink.Service.Sessions;

/// <summary>
/// A <see cref="LiveSession"/> run in the background by <see cref="SessionRunner"/>, the way every
/// live run goes: stopping it cancels the run, which presses stop on the clock and lets the trace close.
/// </summary>
internal sealed class RunningLiveSession : IRunningSession
{
    private readonly LiveSession _live;
    private readonly TimeProvider _time;
    private readonly IAsyncDisposable? _radio;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _run;
    private int _disposed;

    public RunningLiveSession(LiveSession live, SessionClock clock, WallClockPacer pacer, string tracePath, TimeProvider time, IAsyncDisposable? radio)
    {
        _live = live;
        _time = time;
        _radio = radio;
        TracePath = tracePath;
        Id = Path.GetFileNameWithoutExtension(tracePath);
        _run = Task.Run(() => SessionRunner.RunAsync(live, clock, pacer, _stop.Token));
    }

    public string Id { get; }

    public string? TracePath { get; }

    public Task<SessionSummary> Completion => _live.Completion;

    public void Send(CoachCommand command) => _live.Send(command);

    /// <summary>Stops the workout and waits (bounded) for the trace to close; otherwise ends it at once.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        var ended = await Task.WhenAny(_run, Task.Delay(TimeSpan.FromSeconds(5), _time));
        if (ended != _run) _live.Dispose();
        await DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stop.CancelAsync();
        // Ends the session at once if it is still going (a graceful stop has finished it already).
        _live.Dispose();
        try
        {
            await _run;
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // The run was cut short: the session's own summary already says so.
        }
        if (_radio is not null) await _radio.DisposeAsync();
    }
}
