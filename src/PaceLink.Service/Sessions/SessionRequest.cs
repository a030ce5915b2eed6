using PaceLink.Core.Workout;

namespace PaceLink.Service.Sessions;

/// <summary>
/// What to run: the workout, and whether the runner is simulated (at what speed) or real (paired
/// sensors). <paramref name="Athlete"/> names whose session it is when a coach runs a group (their
/// own paired sensors, their name in the trace's); null for the service's one unnamed session.
/// </summary>
public sealed record SessionRequest(WorkoutSettings Settings, bool Simulate, double Speed, int? Seed = null, string? Athlete = null);
