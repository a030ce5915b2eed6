using PaceLink.Core.Coaching;
using PaceLink.Core.Pipeline;

namespace PaceLink.Core.Recording;

/// <summary>A trace as read: its header and records in file order.</summary>
public sealed record TraceContents(TraceHeader Header, IReadOnlyList<TraceRecord> Records)
{
    /// <summary>The raw notifications, as the engine takes them.</summary>
    public IEnumerable<Notification> Notifications => Records.OfType<NotifyRecord>().Select(r => r.ToNotification());

    /// <summary>The commands the runner gave, with their times.</summary>
    public IEnumerable<CommandRecord> Commands => Records.OfType<CommandRecord>();

    /// <summary>The coaching events the live run emitted.</summary>
    public IEnumerable<CoachingEvent> Events => Records.OfType<EventRecord>().Select(r => r.Event);

    /// <summary>Time of the latest record: how long the session ran.</summary>
    public TimeSpan Duration => Records.Count == 0 ? TimeSpan.Zero : Records.Max(r => r.T);
}

/// <summary>A line of a trace that could not be used, and why.</summary>
public sealed record TraceProblem(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}

/// <summary>What <see cref="TraceReader"/> found: the trace (null when unusable), the fatal error, the skipped lines.</summary>
public sealed record TraceReadResult(TraceContents? Trace, string? Error, IReadOnlyList<TraceProblem> Warnings)
{
    /// <summary>True when the trace can be used (warnings or not).</summary>
    public bool Ok => Trace is not null;
}
