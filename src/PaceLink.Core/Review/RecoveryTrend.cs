using PaceLink.Core.Coaching;

namespace PaceLink.Core.Review;

/// <summary>Recovery after rep N of every set: the 60 s, 45 s and 30 s rests side by side.</summary>
public sealed record RecoveryByRest(int AfterRep, double TypicalSeconds, double? AverageDrop, int Count);

/// <summary>Recovery within one set (its short rests) and in the long rest after it.</summary>
public sealed record RecoveryBySet(int Set, double? AverageDropInSet, int? SetRestDrop);

/// <summary>
/// How recovery changes as rests shrink (60 → 45 → 30 s) and as sets accumulate: the point of the workout.
/// </summary>
public sealed record RecoveryTrend(IReadOnlyList<RecoveryByRest> ByRest, IReadOnlyList<RecoveryBySet> BySet)
{
    public static RecoveryTrend From(IReadOnlyList<RestReview> rests)
    {
        var inSet = rests.Where(r => r.Kind == Phase.Rest).ToList();
        var byRest = inSet
            .GroupBy(r => r.AfterRep)
            .OrderBy(g => g.Key)
            .Select(g => new RecoveryByRest(g.Key, Median(g.Select(r => r.DurationSeconds)), Mean(g.Select(r => r.HeartRateDrop)), g.Count()))
            .ToList();
        var bySet = rests
            .GroupBy(r => r.Set)
            .OrderBy(g => g.Key)
            .Select(g => new RecoveryBySet(
                g.Key,
                Mean(g.Where(r => r.Kind == Phase.Rest).Select(r => r.HeartRateDrop)),
                g.FirstOrDefault(r => r.Kind == Phase.SetRest)?.HeartRateDrop))
            .ToList();
        return new RecoveryTrend(byRest, bySet);
    }

    internal static double? Mean(IEnumerable<int?> values)
    {
        var known = values.Where(v => v is not null).Select(v => (double)v!.Value).ToList();
        return known.Count > 0 ? known.Average() : null;
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0) return 0;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
