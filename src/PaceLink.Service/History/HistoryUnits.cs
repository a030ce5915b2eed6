using Microsoft.Data.Sqlite;
using PaceLink.Core.Recording;
using PaceLink.Core.Text;

namespace PaceLink.Service.History;

/// <summary>
/// The upgrade to version 4: rows indexed before the history kept a session's unit get it from their
/// trace's header, which has always recorded it. A trace that is gone or unreadable leaves the row
/// without one, and it is shown in km as before.
/// </summary>
internal static class HistoryUnits
{
    public static void FillFromTraces(SqliteConnection db)
    {
        var rows = new List<(long Id, string Path)>();
        using (var select = db.CreateCommand())
        {
            select.CommandText = "SELECT id, trace_path FROM sessions WHERE units IS NULL";
            using var r = select.ExecuteReader();
            while (r.Read()) rows.Add((r.GetInt64(0), r.GetString(1)));
        }
        using var tx = db.BeginTransaction();
        foreach (var (id, path) in rows)
        {
            if (HeaderUnits(path) is not { } unit) continue;
            using var update = db.CreateCommand();
            update.Transaction = tx;
            update.CommandText = "UPDATE sessions SET units = $u WHERE id = $id";
            update.Parameters.AddWithValue("$u", DistanceUnits.Name(unit));
            update.Parameters.AddWithValue("$id", id);
            update.ExecuteNonQuery();
        }
        tx.Commit();
    }

    private static DistanceUnit? HeaderUnits(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return TraceStream.Open(stream).Header?.Settings?.Units;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
