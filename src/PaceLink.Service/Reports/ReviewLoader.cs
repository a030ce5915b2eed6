using PaceLink.Core.Recording;
using PaceLink.Core.Review;
using PaceLink.Core.Workout;

namespace PaceLink.Service.Reports;

/// <summary>What loading a trace for review gave: the replayed session, or why not, plus any skipped lines.</summary>
internal sealed record LoadedReview(ReplayedSession? Session, string? Error, IReadOnlyList<TraceProblem> Warnings)
{
    public bool Ok => Session is not null;
}

/// <summary>Reads a trace file and replays it for review. Never throws for a bad file: it says what is wrong.</summary>
internal static class ReviewLoader
{
    public static LoadedReview Load(string tracePath, WorkoutSettingsText? overrides = null)
    {
        if (!File.Exists(tracePath)) return new LoadedReview(null, $"no trace at '{tracePath}'", []);
        TraceReadResult read;
        try
        {
            using var stream = File.OpenRead(tracePath);
            read = TraceReader.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LoadedReview(null, $"cannot open '{tracePath}': {e.Message}", []);
        }
        if (read.Trace is null) return new LoadedReview(null, $"{tracePath}: {read.Error}", read.Warnings);
        return TraceReview.TryReplay(read.Trace, overrides, out var session, out var error)
            ? new LoadedReview(session, null, read.Warnings)
            : new LoadedReview(null, $"{tracePath}: {error}", read.Warnings);
    }
}
