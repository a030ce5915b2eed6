namespace PaceLink.Core.Coaching;

/// <summary>Where the runner is in the workout. JSON names: warmup, rep, rest, set_rest, cooldown, done.</summary>
public enum Phase
{
    Warmup,
    Rep,
    Rest,
    SetRest,
    Cooldown,
    Done,
}

public static class PhaseNames
{
    public static string ToJson(this Phase p) => p switch
    {
        Phase.Warmup => "warmup",
        Phase.Rep => "rep",
        Phase.Rest => "rest",
        Phase.SetRest => "set_rest",
        Phase.Cooldown => "cooldown",
        _ => "done",
    };

    public static bool TryParse(string? s, out Phase phase)
    {
        phase = s switch
        {
            "warmup" => Phase.Warmup,
            "rep" => Phase.Rep,
            "rest" => Phase.Rest,
            "set_rest" => Phase.SetRest,
            "cooldown" => Phase.Cooldown,
            "done" => Phase.Done,
            _ => (Phase)(-1),
        };
        return (int)phase >= 0;
    }
}
