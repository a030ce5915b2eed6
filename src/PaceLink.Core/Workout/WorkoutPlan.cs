namespace PaceLink.Core.Workout;

/// <summary>An ordered list of steps the engine walks through; after the last one the workout is done.</summary>
/// <param name="Name">For people: "10k intervals", a file name.</param>
/// <param name="Steps">At least one step, in order.</param>
public sealed record WorkoutPlan(string Name, IReadOnlyList<WorkoutStep> Steps)
{
    /// <summary>Number of sets (the highest set number in the plan).</summary>
    public int Sets => Steps.Count == 0 ? 0 : Steps.Max(s => s.Set);

    /// <summary>Number of rep steps.</summary>
    public int Reps => Steps.Count(s => s.Phase == Coaching.Phase.Rep);

    /// <summary>Total planned time of the timed steps.</summary>
    public TimeSpan TimedDuration => Steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + (s.Duration ?? TimeSpan.Zero));

    /// <summary>Total planned distance of the distance steps, in metres.</summary>
    public double PlannedDistanceMetres => Steps.Sum(s => s.DistanceMetres ?? 0);

    // Records compare lists by reference; plans compare by content so tests and tools can check them.
    public bool Equals(WorkoutPlan? other) =>
        other is not null && Name == other.Name && Steps.SequenceEqual(other.Steps);

    public override int GetHashCode() => HashCode.Combine(Name, Steps.Count);
}
