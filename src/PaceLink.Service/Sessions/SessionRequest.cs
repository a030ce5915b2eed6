using PaceLink.Core.Workout;

namespace PaceLink.Service.Sessions;

/// <summary>What to run: the workout, and whether the runner is simulated (at what speed) or real (paired sensors).</summary>
public sealed record SessionRequest(WorkoutSettings Settings, bool Simulate, double Speed, int? Seed = null);
