namespace PaceLink.Service.Sessions;

/// <summary>One finished rep in the table so far. Heart rate arrives with the rep's phase summary, just after the split.</summary>
public sealed record RepRow(int Set, int Rep, double SplitSeconds, double DistanceMetres, double? TargetSplitSeconds)
{
    public double PaceSecondsPerKm => DistanceMetres > 0 ? SplitSeconds * 1000.0 / DistanceMetres : 0;
    public int? AverageHeartRate { get; init; }
    public int? MaxHeartRate { get; init; }
}
