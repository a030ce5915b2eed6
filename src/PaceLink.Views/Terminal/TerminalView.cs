using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Service.Sessions;
using Spectre.Console;
using PaceLink.Core.Text;

namespace PaceLink.Views.Terminal;

/// <summary>
/// The live terminal view. On an interactive console it redraws a Spectre.Console live display
/// (<see cref="RunAsync"/>); when output is redirected (a pipe, a log file, a test) it prints one
/// plain line per coaching event instead, because a redrawn display would append a whole copy of
/// itself on every refresh.
/// </summary>
public sealed class TerminalView(IAnsiConsole console, TimeProvider time) : ICoachingSink
{
    /// <summary>How often the live display redraws (wall time).</summary>
    public static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(200);

    private readonly TerminalModel _model = new();

    public string Name => "terminal";

    /// <summary>True when the display is redrawn in place; false for plain lines.</summary>
    public bool Interactive { get; } = console.Profile.Capabilities.Interactive;

    /// <summary>What the display draws from.</summary>
    public TerminalModel Model => _model;

    public void OnStarted(SessionStart start)
    {
        _model.Started(start);
        if (!Interactive) console.WriteLine($"{start.Plan.Name}: {start.Plan.Steps.Count} steps, sensors {string.Join(", ", start.Sensors.Select(s => s.Id))}");
    }

    public void OnEvent(CoachingEvent cue)
    {
        var line = _model.Event(cue);
        if (!Interactive) console.WriteLine(line);
    }

    public void OnPhaseEnded(PhaseSummary summary) => _model.PhaseEnded(summary);

    public void OnSnapshot(CoachingSnapshot snapshot) => _model.Snapshot(snapshot);

    public void OnEnded(SessionSummary summary) => _model.End(summary);

    /// <summary>Redraws the live display until <paramref name="ended"/> says so; returns at once on a plain console.</summary>
    public async Task RunAsync(Func<bool> ended, CancellationToken cancellation)
    {
        if (!Interactive) return;
        await console.Live(TerminalLayout.Render(_model.Read()))
            .AutoClear(false)
            // A short terminal keeps the top (the big number, phase, pace) and loses the table's end.
            .Overflow(VerticalOverflow.Ellipsis)
            .Cropping(VerticalOverflowCropping.Bottom)
            .StartAsync(async ctx =>
        {
            while (!ended() && !cancellation.IsCancellationRequested)
            {
                ctx.UpdateTarget(TerminalLayout.Render(_model.Read()));
                try
                {
                    await Task.Delay(Refresh, time, cancellation);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
            ctx.UpdateTarget(TerminalLayout.Render(_model.Read()));
        });
    }
}
