using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaceLink.Core.Coaching;
using PaceLink.Core.Text;
using PaceLink.Core.Workout;

namespace PaceLink.Service.Alerts.Speech;

/// <summary>One line of what the runner hears: when, the words, and the event that asked for them.</summary>
public sealed record ScriptLine(TimeSpan At, string Say, CoachingEvent Event);

/// <summary>
/// The cue script of a session: the sentences the speech sink would say for a list of events,
/// worded by the same <see cref="CueBuilder"/> a live run uses, so <c>replay --speech</c> and the
/// voice can never tell different stories.
/// </summary>
public static class CueScript
{
    public static IEnumerable<ScriptLine> For(WorkoutPlan plan, IEnumerable<CoachingEvent> events, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        var cues = CueBuilder.For(plan, unit);
        foreach (var e in events)
            if (cues.For(e) is { } cue) yield return new ScriptLine(e.At, cue.Text, e);
    }

    /// <summary>"[16:35.2] four hundred — one thirty-six — rest sixty" (always minutes, seconds and tenths).</summary>
    public static string Text(ScriptLine line)
    {
        var (minutes, seconds, tenth) = Tenths(line.At);
        return string.Create(CultureInfo.InvariantCulture, $"[{minutes:D2}:{seconds:D2}.{tenth}] {line.Say}");
    }

    /// <summary>The <c>replay --speech --json</c> contract: <c>{"t":995.2,"say":"…","event":"rep_complete"}</c>.</summary>
    public static string Json(ScriptLine line)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        // The sentences are for people and tools alike: keep "—" and accents readable rather than \u-escaped.
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("t", Math.Round(line.At.TotalSeconds, 3, MidpointRounding.AwayFromZero));
            w.WriteString("say", line.Say);
            w.WriteString("event", CoachingEventJson.Kind(line.Event));
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A file name that sorts in speaking order and says when: "012-16m35.2s-rep_complete.wav".</summary>
    public static string WavName(int sequence, ScriptLine line)
    {
        var (minutes, seconds, tenth) = Tenths(line.At);
        return string.Create(CultureInfo.InvariantCulture, $"{sequence:D3}-{minutes:D2}m{seconds:D2}.{tenth}s-{CoachingEventJson.Kind(line.Event)}.wav");
    }

    /// <summary>Whole tenths first, so 59.96 s is 1:00.0 and never 0:60.0.</summary>
    private static (long Minutes, long Seconds, long Tenth) Tenths(TimeSpan at)
    {
        var tenths = (long)Math.Round(at.TotalSeconds * 10, MidpointRounding.AwayFromZero);
        return (tenths / 600, tenths % 600 / 10, tenths % 10);
    }
}
