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

    /// <summary>The step the engine calls (<paramref name="phase"/>, <paramref name="set"/>, <paramref name="rep"/>), or null when the plan has none.</summary>
    public WorkoutStep? Step(Coaching.Phase phase, int set, int rep)
    {
        var i = IndexOf(phase, set, rep);
        return i < 0 ? null : Steps[i];
    }

    /// <summary>The step after rep (<paramref name="set"/>, <paramref name="rep"/>) as a break, or null when it is another rep or none.</summary>
    public PlannedBreak? BreakAfterRep(int set, int rep)
    {
        var i = IndexOf(Coaching.Phase.Rep, set, rep);
        if (i < 0 || i + 1 >= Steps.Count) return null;
        var next = Steps[i + 1];
        return next.Phase is Coaching.Phase.Rest or Coaching.Phase.SetRest or Coaching.Phase.Cooldown
            ? new PlannedBreak(next.Phase, next.Duration ?? TimeSpan.Zero)
            : null;
    }

    /// <summary>Where (<paramref name="phase"/>, <paramref name="set"/>, <paramref name="rep"/>) sits in <see cref="Steps"/>; -1 when absent.</summary>
    public int IndexOf(Coaching.Phase phase, int set, int rep)
    {
        for (var i = 0; i < Steps.Count; i++)
            if (Steps[i].Phase == phase && Steps[i].Set == set && Steps[i].Rep == rep) return i;
        return -1;
    }

    // Records compare lists by reference; plans compare by content so tests and tools can check them.
    public bool Equals(WorkoutPlan? other) =>
        other is not null && Name == other.Name && Steps.SequenceEqual(other.Steps);

    public override int GetHashCode() => HashCode.Combine(Name, Steps.Count);
}
