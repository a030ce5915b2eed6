namespace PaceLink.Core.Pipeline;

/// <summary>What the runner or coach can tell the engine mid-session.</summary>
public enum CoachCommand
{
    /// <summary>End the current phase now (skip a rest, end the warm-up, end a rep early).</summary>
    Lap,
    Pause,
    Resume,
    Stop,
}
