using PaceLink.Core.Coaching;

namespace PaceLink.Core.Workout;

/// <summary>What follows a rep: a rest or set rest of a given length, the cool-down, or the end.</summary>
public readonly record struct PlannedBreak(Phase Phase, TimeSpan Duration);
