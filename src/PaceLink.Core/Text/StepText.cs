using PaceLink.Core.Coaching;

namespace PaceLink.Core.Text;

/// <summary>
/// Where a step sits in the workout, as the status line and the terminal name it: "set 2, rep 1 of 4",
/// and between reps what comes next ("next: set 2, rep 1 of 4") rather than the rep just run.
/// </summary>
public static class StepText
{
    /// <summary>"set 2, rep 1 of 4"; without a count, "set 2, rep 1".</summary>
    public static string Rep(int set, int rep, int repsInSet = 0) =>
        repsInSet > 0 ? $"set {set}, rep {rep} of {repsInSet}" : $"set {set}, rep {rep}";

    /// <summary>"next: set 2, rep 1 of 4", "next: cool-down", "next: the end" for the step that follows.</summary>
    public static string Next(Phase phase, int set, int rep, int repsInSet) => "next: " + phase switch
    {
        Phase.Rep => Rep(set, rep, repsInSet),
        Phase.Rest => "rest",
        Phase.SetRest => "set rest",
        Phase.Cooldown => "cool-down",
        Phase.Warmup => "warm-up",
        _ => "the end",
    };
}
