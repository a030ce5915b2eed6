using Microsoft.Data.Sqlite;

namespace PaceLink.Service.History;

/// <summary>The history database's tables. Created on first open; <c>user_version</c> marks the layout.</summary>
internal static class HistorySchema
{
    public const int Version = 2;

    public static void Ensure(SqliteConnection db)
    {
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
                interrupted INTEGER NOT NULL DEFAULT 0
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
        // Version 2 marks sessions the service was killed in (finished at its next start).
        using var columns = db.CreateCommand();
        columns.CommandText = "SELECT COUNT(*) FROM pragma_table_info('sessions') WHERE name = 'interrupted'";
        using var upgrade = db.CreateCommand();
        upgrade.CommandText = ((long)columns.ExecuteScalar()! == 0 ? "ALTER TABLE sessions ADD COLUMN interrupted INTEGER NOT NULL DEFAULT 0; " : "")
            + "PRAGMA user_version = 2;";
        upgrade.ExecuteNonQuery();
    }
}
