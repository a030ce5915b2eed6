using System.Text;
using System.Text.Json;
using PaceLink.Service.Coach;

namespace PaceLink.Service.Api;

/// <summary>
/// GET /api/athletes: <c>[{name, host, local, state, snapshot, reps_done, hr_max_bpm}]</c>, this
/// host's athletes first, then those other hosts publish on the MQTT broker. <c>snapshot</c> is the
/// athlete's snapshot as the live stream sends it (null before their session starts).
/// </summary>
internal static class AthleteList
{
    public static string Write(AthleteRoster roster, LiveJson json)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var athlete in roster.Local)
            {
                var board = athlete.Board;
                var snapshot = board.Latest is { } s ? roster.Tag(athlete, "snapshot", json.Snapshot(s)) : null;
                // The manager knows a pause at once; the board from the engine's next snapshot.
                var state = board.Status.State == "idle" ? "idle" : ApiEndpoints.StateName(athlete.Sessions.State);
                Entry(w, athlete.Name, roster.Host, true, state, snapshot, board.Reps.Count, athlete.HrMax);
            }
            foreach (var remote in roster.Remote)
            {
                using var status = JsonDocument.Parse(AthleteEndpoints.RemoteStatus(remote));
                var root = status.RootElement;
                var hrMax = remote.Snapshot is { } text && TryHrMax(text) is { } max ? max : (int?)null;
                Entry(w, remote.Name, remote.Host, false, root.GetProperty("state").GetString()!, remote.Snapshot, root.GetProperty("reps_done").GetInt32(), hrMax);
            }
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Entry(Utf8JsonWriter w, string name, string? host, bool local, string state, string? snapshot, int reps, int? hrMax)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        if (host is null) w.WriteNull("host");
        else w.WriteString("host", host);
        w.WriteBoolean("local", local);
        w.WriteString("state", state);
        w.WritePropertyName("snapshot");
        if (snapshot is null) w.WriteNullValue();
        else w.WriteRawValue(snapshot);
        w.WriteNumber("reps_done", reps);
        if (hrMax is { } max) w.WriteNumber("hr_max_bpm", max);
        else w.WriteNull("hr_max_bpm");
        w.WriteEndObject();
    }

    private static int? TryHrMax(string snapshot)
    {
        try
        {
            using var doc = JsonDocument.Parse(snapshot);
            return doc.RootElement.TryGetProperty("hr_max_bpm", out var v) && v.TryGetInt32(out var max) ? max : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
