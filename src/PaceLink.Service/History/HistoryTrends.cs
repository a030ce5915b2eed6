using System.Globalization;
using PaceLink.Core.Review;

namespace PaceLink.Service.History;

/// <summary>Rolls sessions up per workout and ISO week (Monday to Sunday, UTC).</summary>
internal static class HistoryTrends
{
    public static IReadOnlyList<WeeklyTrend> Weekly(IReadOnlyList<ReviewSummary> sessions) =>
        sessions
            .GroupBy(s => (s.Workout, Monday: Monday(s.StartedUtc)))
            .OrderBy(g => g.Key.Workout, StringComparer.Ordinal).ThenBy(g => g.Key.Monday)
            .Select(g => new WeeklyTrend(
                g.Key.Workout,
                WeekName(g.Key.Monday),
                g.Key.Monday,
                g.Count(),
                Mean(g.Select(s => s.AverageSplitSeconds)),
                g.SelectMany(s => s.Sets).GroupBy(s => s.Set).OrderBy(s => s.Key)
                    .Select(s => new SetSplit(s.Key, s.Average(x => x.AverageSplitSeconds), s.Sum(x => x.Reps))).ToList(),
                g.SelectMany(s => s.Recovery).GroupBy(r => r.AfterRep).OrderBy(r => r.Key)
                    .Select(r => new WeeklyRecovery(r.Key, Mean(r.Select(x => x.AverageDrop)))).ToList()))
            .ToList();

    private static DateOnly Monday(DateTimeOffset t)
    {
        var day = DateOnly.FromDateTime(t.UtcDateTime);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    private static string WeekName(DateOnly monday)
    {
        var date = monday.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }

    private static double? Mean(IEnumerable<double?> values)
    {
        var known = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return known.Count > 0 ? known.Average() : null;
    }
}
