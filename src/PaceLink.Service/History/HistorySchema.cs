using Microsoft.Data.Sqlite;

namespace PaceLink.Service.History;

/// <summary>The history database's tables. Created on first open; <c>user_version</c> marks the layout.</summary>
internal static class HistorySchema
{
    public const int Version = 4;

    /// <summary>Creates or upgrades the tables; returns the version the file had (0 for a new one).</summary>
    public static long Ensure(SqliteConnection db)
    {
        using var before = db.CreateCommand();
        before.CommandText = "PRAGMA user_version";
        var was = (long)before.ExecuteScalar()!;
        using var command = db.CreateCommand();
        command.CommandText = """
            PRAGMA foreign_keys = ON;
            CREATE TABLE IF NOT EXISTS sessions (
                id INTEGER PRIMARY KEY,
                trace_path TEXT NOT NULL UNIQUE,
                started_utc TEXT NOT NULL,
                workout TEXT NOT NULL,
                reps INTEGER NOT NULL,
                distance_m REAL NOT NULL,
                duration_s REAL NOT NULL,
                avg_split_s REAL,
                split_spread_s REAL,
                avg_hr_drop REAL,
                indexed_utc TEXT NOT NULL,
                interrupted INTEGER NOT NULL DEFAULT 0,
                stopped_phase TEXT,
                stopped_set INTEGER,
                stopped_rep INTEGER,
                stopped_at_s REAL,
                units TEXT
            );
            CREATE INDEX IF NOT EXISTS sessions_started ON sessions (started_utc);
            CREATE TABLE IF NOT EXISTS set_splits (
                session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
                set_no INTEGER NOT NULL,
                avg_split_s REAL NOT NULL,
                reps INTEGER NOT NULL,
                PRIMARY KEY (session_id, set_no)
            );
            CREATE TABLE IF NOT EXISTS rest_recovery (
                session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
                after_rep INTEGER NOT NULL,
                typical_s REAL NOT NULL,
                avg_hr_drop REAL,
                rests INTEGER NOT NULL,
                PRIMARY KEY (session_id, after_rep)
            );
            """;
        command.ExecuteNonQuery();
        // Version 2 marks sessions the service was killed in (finished at its next start); version 3
        // where a session was stopped early (NULL: it ran to its end, as every older row did); version 4
        // the unit it was coached in, "km" or "mi" (NULL until filled from the trace's header).
        using var upgrade = db.CreateCommand();
        upgrade.CommandText = string.Concat(
            AddMissing(db, "interrupted", "INTEGER NOT NULL DEFAULT 0"),
            AddMissing(db, "stopped_phase", "TEXT"),
            AddMissing(db, "stopped_set", "INTEGER"),
            AddMissing(db, "stopped_rep", "INTEGER"),
            AddMissing(db, "stopped_at_s", "REAL"),
            AddMissing(db, "units", "TEXT"),
            $"PRAGMA user_version = {Version};");
        upgrade.ExecuteNonQuery();
        return was;
    }

    private static string AddMissing(SqliteConnection db, string column, string type)
    {
        using var columns = db.CreateCommand();
        columns.CommandText = "SELECT COUNT(*) FROM pragma_table_info('sessions') WHERE name = $c";
        columns.Parameters.AddWithValue("$c", column);
        return (long)columns.ExecuteScalar()! == 0 ? $"ALTER TABLE sessions ADD COLUMN {column} {type}; " : "";
    }
}
