namespace PaceLink.Service.Export;

/// <summary>One RR interval from the strap, in seconds, at the time of the notification that carried it.</summary>
public readonly record struct RrInterval(TimeSpan At, double Seconds)
{
    /// <summary>The interval in whole milliseconds, as FIT's hrv and the CSV write it.</summary>
    public int Milliseconds => (int)Math.Round(Seconds * 1000);

    /// <summary>
    /// The intervals of each whole second of a per-second export, so the FIT hrv messages and the CSV
    /// cells agree: second s holds those that arrived after s − 1 and up to s (second 0 those up to
    /// 0), and the last second also those after it, so none is dropped. Each second's intervals are
    /// grouped by the notification that carried them, in time order.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<IReadOnlyList<RrInterval>>> BySecond(IReadOnlyList<RrInterval> intervals, int seconds)
    {
        var result = new List<IReadOnlyList<IReadOnlyList<RrInterval>>>(seconds);
        var ordered = intervals.OrderBy(i => i.At).ToList();
        var at = 0;
        for (var s = 0; s < seconds; s++)
        {
            var limit = s == seconds - 1 ? TimeSpan.MaxValue : TimeSpan.FromSeconds(s);
            var batches = new List<IReadOnlyList<RrInterval>>();
            while (at < ordered.Count && ordered[at].At <= limit)
            {
                var from = at;
                while (at < ordered.Count && ordered[at].At == ordered[from].At) at++;
                batches.Add(ordered.GetRange(from, at - from));
            }
            result.Add(batches);
        }
        return result;
    }
}
