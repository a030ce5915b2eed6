namespace PaceLink.Core.Workout;

/// <summary>Why a workout file was rejected: the 1-based line (0 when unknown) and the reason.</summary>
public readonly record struct WorkoutFileError(int Line, string Reason)
{
    public override string ToString() => Line > 0 ? $"line {Line}: {Reason}" : Reason;
}
