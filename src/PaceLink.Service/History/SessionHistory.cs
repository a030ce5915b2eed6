using System.Globalization;
using Microsoft.Data.Sqlite;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Review;
using PaceLink.Core.Text;
using PaceLink.Core.Workout;
using PaceLink.Service.Reports;
using PaceLink.Service.Storage;

namespace PaceLink.Service.History;

/// <summary>
/// Every recorded session with its summary, in a SQLite database: listed newest first, and
/// rolled up per ISO week for trends. Recording the same trace again replaces its row, so
/// indexing is safe to repeat (live session end, then a later review).
/// </summary>
public sealed class SessionHistory : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly TimeProvider _time;

    private SessionHistory(SqliteConnection db, TimeProvider time)
    {
        _db = db;
        _time = time;
    }

    /// <summary>The database file: <c>$PACELINK_DATA_DIR/history.db</c>, else the user's local data folder.</summary>
    public static string DefaultPath
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("PACELINK_DATA_DIR");
            if (string.IsNullOrWhiteSpace(folder))
                folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "pacelink");
            return Path.Combine(folder, "history.db");
        }
    }

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/>.</summary>
    public static SessionHistory Open(string path, TimeProvider? time = null)
    {
        // SQLite would create the file 0644; made 0600 first, its journal files copy that mode.
        PrivateFiles.Prepare(path);
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        db.Open();
        if (HistorySchema.Ensure(db) is > 0 and < 4) HistoryUnits.FillFromTraces(db);
        return new SessionHistory(db, time ?? TimeProvider.System);
    }

    /// <summary>
    /// Indexes a session under its trace's full path; returns its id. A session once marked
    /// <paramref name="interrupted"/> stays so when it is indexed again (a later review).
    /// </summary>
    public long Record(string tracePath, ReviewSummary summary, bool interrupted = false)
    {
        using var tx = _db.BeginTransaction();
        var key = Path.GetFullPath(tracePath);
        interrupted |= Convert.ToInt64(Scalar(tx, "SELECT COALESCE(MAX(interrupted), 0) FROM sessions WHERE trace_path = $p", ("$p", key)), CultureInfo.InvariantCulture) != 0;
        Execute(tx, "DELETE FROM sessions WHERE trace_path = $p", ("$p", key));
        var id = (long)Scalar(tx, """
            INSERT INTO sessions (trace_path, started_utc, workout, reps, distance_m, duration_s, avg_split_s, split_spread_s, avg_hr_drop, indexed_utc, interrupted,
                stopped_phase, stopped_set, stopped_rep, stopped_at_s, units)
            VALUES ($p, $s, $w, $r, $d, $t, $a, $sd, $hr, $i, $x, $sp, $ss, $sr, $st, $u) RETURNING id
            """,
            ("$p", key), ("$s", Utc(summary.StartedUtc)), ("$w", summary.Workout), ("$r", summary.Reps),
            ("$d", summary.DistanceMetres), ("$t", summary.DurationSeconds), ("$a", summary.AverageSplitSeconds),
            ("$sd", summary.SplitSpreadSeconds), ("$hr", summary.AverageHeartRateDrop), ("$i", Utc(_time.GetUtcNow())), ("$x", interrupted ? 1 : 0),
            ("$sp", summary.Stopped?.Phase.ToJson()), ("$ss", summary.Stopped?.Set), ("$sr", summary.Stopped?.Rep), ("$st", summary.Stopped?.At.TotalSeconds),
            ("$u", DistanceUnits.Name(summary.Units)))!;
        foreach (var set in summary.Sets)
            Execute(tx, "INSERT INTO set_splits VALUES ($id, $n, $a, $r)", ("$id", id), ("$n", set.Set), ("$a", set.AverageSplitSeconds), ("$r", set.Reps));
        foreach (var rest in summary.Recovery)
            Execute(tx, "INSERT INTO rest_recovery VALUES ($id, $n, $t, $d, $c)", ("$id", id), ("$n", rest.AfterRep), ("$t", rest.TypicalSeconds), ("$d", rest.AverageDrop), ("$c", rest.Count));
        tx.Commit();
        return id;
    }

    /// <summary>
    /// The one call for a finished live session (or any trace): replays the trace with its own
    /// workout, summarises it and records it. Returns null on success, else why it could not.
    /// </summary>
    public string? Index(string tracePath, WorkoutSettingsText? overrides = null, bool interrupted = false)
    {
        var loaded = ReviewLoader.Load(tracePath, overrides);
        if (loaded.Session is not { } session) return loaded.Error;
        Record(tracePath, ReviewSummary.From(session.Analyze(), session.Settings.WorkoutLabel) with { Units = UnitsOf(session) }, interrupted);
        return null;
    }

    /// <summary>
    /// The unit a session was coached in: its trace header's (a review with <c>--units</c> shows it
    /// otherwise, but it stays a mile session), else the unit it is replayed with.
    /// </summary>
    public static DistanceUnit UnitsOf(ReplayedSession session) => session.Trace.Header.Settings?.Units ?? session.Settings.Units;

    /// <summary>Sessions, newest first.</summary>
    public IReadOnlyList<HistoryEntry> List(int? limit = null)
    {
        var rows = new List<HistoryEntry>();
        using var command = _db.CreateCommand();
        command.CommandText = "SELECT id, trace_path, started_utc, workout, reps, distance_m, duration_s, avg_split_s, split_spread_s, avg_hr_drop, interrupted, "
            + "stopped_phase, stopped_set, stopped_rep, stopped_at_s, units FROM sessions ORDER BY started_utc DESC, id DESC"
            + (limit is { } n ? " LIMIT " + n.ToString(CultureInfo.InvariantCulture) : "");
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                rows.Add(new HistoryEntry(r.GetInt64(0), r.GetString(1), new ReviewSummary(DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture),
                    r.GetString(3), r.GetInt32(4), r.GetDouble(5), r.GetDouble(6), Nullable(r, 7), Nullable(r, 8), Nullable(r, 9), [], []) { Stopped = StopOf(r, 11), Units = UnitOf(r, 15) })
                {
                    Interrupted = r.GetInt64(10) != 0,
                });
            }
        }
        return rows.Select(e => e with { Summary = e.Summary with { Sets = SetsOf(e.Id), Recovery = RecoveryOf(e.Id) } }).ToList();
    }

    /// <summary>
    /// Per workout and ISO week, oldest first: sessions, average split overall and per set, average
    /// drop per rest length. Sessions stopped early are left out unless <paramref name="includeStopped"/>:
    /// half a workout would pull a week's figures towards whatever part of it was run.
    /// </summary>
    public IReadOnlyList<WeeklyTrend> WeeklyTrends(bool includeStopped = false) =>
        HistoryTrends.Weekly([.. List().Select(e => e.Summary).Where(s => includeStopped || s.Stopped is null)]);

    public void Dispose() => _db.Dispose();

    private List<SetSplit> SetsOf(long id)
    {
        var sets = new List<SetSplit>();
        using var command = Command(null, "SELECT set_no, avg_split_s, reps FROM set_splits WHERE session_id = $id ORDER BY set_no", ("$id", id));
        using var r = command.ExecuteReader();
        while (r.Read()) sets.Add(new SetSplit(r.GetInt32(0), r.GetDouble(1), r.GetInt32(2)));
        return sets;
    }

    private List<RecoveryByRest> RecoveryOf(long id)
    {
        var rests = new List<RecoveryByRest>();
        using var command = Command(null, "SELECT after_rep, typical_s, avg_hr_drop, rests FROM rest_recovery WHERE session_id = $id ORDER BY after_rep", ("$id", id));
        using var r = command.ExecuteReader();
        while (r.Read()) rests.Add(new RecoveryByRest(r.GetInt32(0), r.GetDouble(1), Nullable(r, 2), r.GetInt32(3)));
        return rests;
    }

    private static double? Nullable(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    /// <summary>The stop stored from column <paramref name="i"/> on; null for a session that ran to its end (or an unreadable phase).</summary>
    private static SessionStop? StopOf(SqliteDataReader r, int i) =>
        !r.IsDBNull(i) && PhaseNames.TryParse(r.GetString(i), out var phase)
            ? new SessionStop(phase, r.IsDBNull(i + 1) ? 0 : r.GetInt32(i + 1), r.IsDBNull(i + 2) ? 0 : r.GetInt32(i + 2),
                TimeSpan.FromSeconds(Nullable(r, i + 3) ?? 0))
            : null;

    /// <summary>The stored unit; a row nobody could tell the unit of (its trace gone before version 4) is in km, as it was always listed.</summary>
    private static DistanceUnit UnitOf(SqliteDataReader r, int i) =>
        !r.IsDBNull(i) && DistanceUnits.TryParse(r.GetString(i), out var unit) ? unit : DistanceUnit.Kilometres;

    private static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private SqliteCommand Command(SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _db.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private void Execute(SqliteTransaction tx, string sql, params (string, object?)[] parameters)
    {
        using var command = Command(tx, sql, parameters);
        command.ExecuteNonQuery();
    }

    private object? Scalar(SqliteTransaction tx, string sql, params (string, object?)[] parameters)
    {
        using var command = Command(tx, sql, parameters);
        return command.ExecuteScalar();
    }
}
