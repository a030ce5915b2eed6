namespace PaceLink.Service.Alerts.Speech;

/// <summary>
/// Which cues are spoken (configuration section <c>Speech:Cues</c>); each can be switched off on
/// its own. The words are in <c>Core/Text/SpokenCues</c>; docs/speech.md lists every cue.
/// </summary>
public sealed class CueOptions
{
    /// <summary>Before each rep, with the ten-second countdown: "set two, rep three of four, four hundred metres at four minutes per kilometre".</summary>
    public bool RepPreview { get; set; } = true;

    /// <summary>"ten seconds" before the end of every timed phase.</summary>
    public bool TenSeconds { get; set; } = true;

    /// <summary>The last seconds counted aloud: 3 gives "three, two, one" (0 to 5; 0 for none).</summary>
    public int CountdownFrom { get; set; } = 3;

    /// <summary>"go" as a rep starts.</summary>
    public bool Go { get; set; } = true;

    /// <summary>Each whole minute left in a set rest: "two minutes left".</summary>
    public bool RestMinutes { get; set; } = true;

    /// <summary>At a rep's end, the split and how far off the target: "one minute thirty-five point two, one second fast, rest sixty".</summary>
    public bool RepSplit { get; set; } = true;

    /// <summary>
    /// At half of each rep's distance, the split so far against half the target split: "two hundred,
    /// forty-seven point three, zero point seven seconds fast". Off by default: some runners want
    /// only the end of the rep.
    /// </summary>
    public bool HalfwaySplit { get; set; }

    /// <summary>"too slow: 4:12 per kilometre" and "on pace".</summary>
    public bool Pace { get; set; } = true;

    /// <summary>"foot pod lost", "foot pod back".</summary>
    public bool Sensors { get; set; } = true;

    /// <summary>The start of the warm-up, a set rest and the cool-down: "warm-up", "set rest", "cool-down".</summary>
    public bool Phases { get; set; } = true;

    /// <summary>"workout complete, eight reps, average …", or "stopped after three reps".</summary>
    public bool End { get; set; } = true;
}
