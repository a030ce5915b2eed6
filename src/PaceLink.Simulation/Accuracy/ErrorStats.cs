using System.Globalization;

namespace PaceLink.Simulation.Accuracy;

/// <summary>Summary of a set of errors (seconds): signed mean (the bias), and median, 95th percentile and maximum of the size.</summary>
public readonly record struct ErrorStats(int Count, double Mean, double Median, double P95, double Max)
{
    /// <summary>Statistics of <paramref name="errors"/>; all zero when there are none.</summary>
    public static ErrorStats Of(IReadOnlyCollection<double> errors)
    {
        if (errors.Count == 0) return default;
        var sizes = errors.Select(Math.Abs).Order().ToArray();
        return new ErrorStats(errors.Count, errors.Average(), Percentile(sizes, 0.5), Percentile(sizes, 0.95), sizes[^1]);
    }

    /// <summary>Linear interpolation between closest ranks of a sorted array.</summary>
    private static double Percentile(double[] sorted, double p)
    {
        var x = p * (sorted.Length - 1);
        var i = (int)Math.Floor(x);
        return i + 1 < sorted.Length ? sorted[i] + (sorted[i + 1] - sorted[i]) * (x - i) : sorted[i];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"median {Median:0.000} s, p95 {P95:0.000} s, max {Max:0.000} s, bias {Mean:+0.000;-0.000} s (n={Count})");
}
