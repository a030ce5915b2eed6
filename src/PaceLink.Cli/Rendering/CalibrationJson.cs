namespace PaceLink.Cli.Rendering;

/// <summary>`pacelink calibrate --json`: the factor, how sure it is, and the reps it came from.</summary>
internal sealed record CalibrationJson(double? Factor, double? SpreadPct, string Confidence, double CalibrationUsed, IEnumerable<CalibrationRepJson> Reps);

/// <summary>One rep measured on the track.</summary>
internal sealed record CalibrationRepJson(int Set, int Rep, double TrackM, double PodM, double? Factor, bool LapMarked);
