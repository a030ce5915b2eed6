namespace PaceLink.Service.Alerts.Speech;

/// <summary>What kind of cue: countdowns go stale within seconds, results stay worth saying.</summary>
public enum CueKind
{
    Countdown,
    Go,
    Result,
    Pace,
    Phase,
    Sensor,
}

/// <summary>A short sound played with (or instead of) words.</summary>
public enum Beep
{
    None,
    Tick,
    Go,
    Lap,
}

/// <summary>One thing to say: the words, their kind and the beep that goes with them.</summary>
public sealed record Cue(string Text, CueKind Kind, Beep Beep = Beep.None);
