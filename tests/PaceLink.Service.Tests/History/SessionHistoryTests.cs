using Microsoft.Extensions.Time.Testing;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Recording;
using PaceLink.Core.Review;
using PaceLink.Core.Text;
using PaceLink.Core.Workout;
using PaceLink.Service.History;

namespace PaceLink.Service.Tests.History;

public sealed class SessionHistoryTests : IDisposable
{
    private readonly TempFolder _folder = new("history");
    private string Db => _folder.File("history.db");

    public void Dispose() => _folder.Dispose();

    private static ReviewSummary Session(DateTimeOffset started, double speed) =>
        ReviewSummary.From(SessionAnalyzer.Analyze(new ScriptedSession { StartedUtc = started }
            .Warmup(60, 3)
            .Set(1, speed, peakHeartRate: 170, setRestSeconds: 200)
            .Set(2, speed * 0.98, peakHeartRate: 174, setRestSeconds: null)
            .ToInput()), "10k");

    [Fact]
    public void RecordedSessionsAreListedNewestFirstWithTheirSummary()
    {
        using var history = SessionHistory.Open(Db, new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero)));
        var older = Session(new DateTimeOffset(2026, 11, 2, 7, 0, 0, TimeSpan.Zero), 4.0);
        var newer = Session(new DateTimeOffset(2026, 11, 9, 7, 0, 0, TimeSpan.Zero), 4.2);
        history.Record(_folder.File("a.jsonl"), older);
        history.Record(_folder.File("b.jsonl"), newer);

        var list = history.List();
        Assert.Equal([newer.StartedUtc, older.StartedUtc], list.Select(e => e.Summary.StartedUtc));
        var entry = list[0];
        Assert.Equal(8, entry.Summary.Reps);
        Assert.Equal("10k", entry.Summary.Workout);
        Assert.Equal(newer.AverageSplitSeconds!.Value, entry.Summary.AverageSplitSeconds!.Value, 9);
        Assert.Equal(newer.AverageHeartRateDrop!.Value, entry.Summary.AverageHeartRateDrop!.Value, 9);
        Assert.Equal([1, 2], entry.Summary.Sets.Select(s => s.Set));
        Assert.Equal(400 / 4.2, entry.Summary.Sets[0].AverageSplitSeconds, 6);
        Assert.Equal(400 / (4.2 * 0.98), entry.Summary.Sets[1].AverageSplitSeconds, 6);
        Assert.Equal([60.0, 45.0, 30.0], entry.Summary.Recovery.Select(r => Math.Round(r.TypicalSeconds)));
    }

    [Fact]
    public void RecordingTheSameTraceAgainReplacesIt()
    {
        using var history = SessionHistory.Open(Db);
        var trace = _folder.File("a.jsonl");
        history.Record(trace, Session(new DateTimeOffset(2026, 11, 2, 7, 0, 0, TimeSpan.Zero), 4.0));
        history.Record(trace, Session(new DateTimeOffset(2026, 11, 2, 7, 0, 0, TimeSpan.Zero), 4.1));

        var entry = Assert.Single(history.List());
        Assert.Equal(400 / 4.1 * 0.5 + 400 / (4.1 * 0.98) * 0.5, entry.Summary.AverageSplitSeconds!.Value, 6);
    }

    [Fact]
    public void AnInterruptedSessionStaysMarkedWhenReviewedAgain()
    {
        using var history = SessionHistory.Open(Db);
        var trace = _folder.File("a.jsonl");
        history.Record(trace, Session(new DateTimeOffset(2026, 11, 2, 7, 0, 0, TimeSpan.Zero), 4.0), interrupted: true);
        history.Record(trace, Session(new DateTimeOffset(2026, 11, 2, 7, 0, 0, TimeSpan.Zero), 4.0));
        history.Record(_folder.File("b.jsonl"), Session(new DateTimeOffset(2026, 11, 3, 7, 0, 0, TimeSpan.Zero), 4.0));

        Assert.Equal([false, true], history.List().Select(e => e.Interrupted));
    }

    [Fact]
    public void AVersion1DatabaseGainsTheInterruptedMark()
    {
        using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE sessions (id INTEGER PRIMARY KEY, trace_path TEXT NOT NULL UNIQUE, started_utc TEXT NOT NULL, workout TEXT NOT NULL,
                    reps INTEGER NOT NULL, distance_m REAL NOT NULL, duration_s REAL NOT NULL, avg_split_s REAL, split_spread_s REAL, avg_hr_drop REAL, indexed_utc TEXT NOT NULL);
                INSERT INTO sessions (trace_path, started_utc, workout, reps, distance_m, duration_s, indexed_utc) VALUES ('/old.jsonl', '2026-01-01T07:00:00.000Z', '10k', 8, 3200, 1800, '2026-01-01T08:00:00.000Z');
                PRAGMA user_version = 1;
                """;
            create.ExecuteNonQuery();
        }

        using var history = SessionHistory.Open(Db);

        Assert.False(Assert.Single(history.List()).Interrupted);
    }

    [Fact]
    public void TheHistorySurvivesReopeningTheDatabase()
    {
        using (var history = SessionHistory.Open(Db))
            history.Record(_folder.File("a.jsonl"), Session(new DateTimeOffset(2026, 11, 2, 7, 0, 0, TimeSpan.Zero), 4.0));

        using var reopened = SessionHistory.Open(Db);
        Assert.Single(reopened.List());
    }

    [Fact]
    public void WeeklyTrendsAverageSplitsPerSetAndRecoveryPerRestLength()
    {
        using var history = SessionHistory.Open(Db);
        history.Record(_folder.File("mon.jsonl"), Session(new DateTimeOffset(2026, 11, 2, 7, 0, 0, TimeSpan.Zero), 4.0));
        history.Record(_folder.File("thu.jsonl"), Session(new DateTimeOffset(2026, 11, 5, 7, 0, 0, TimeSpan.Zero), 4.2));
        history.Record(_folder.File("next.jsonl"), Session(new DateTimeOffset(2026, 11, 10, 7, 0, 0, TimeSpan.Zero), 4.3));

        var weeks = history.WeeklyTrends();
        Assert.Equal(["2026-W45", "2026-W46"], weeks.Select(w => w.Week));
        Assert.Equal(new DateOnly(2026, 11, 2), weeks[0].Monday);
        Assert.Equal([2, 1], weeks.Select(w => w.Sessions));
        Assert.Equal((400 / 4.0 + 400 / 4.2) / 2, weeks[0].Sets[0].AverageSplitSeconds, 6);
        Assert.Equal(8, weeks[0].Sets[0].Reps);
        Assert.Equal([1, 2, 3], weeks[0].Recovery.Select(r => r.AfterRep));
        Assert.True(weeks[0].Recovery[0].AverageDrop > weeks[0].Recovery[2].AverageDrop);
    }

    [Fact]
    public void AStoppedSessionKeepsWhereItStoppedAndStaysOutOfTheTrendsUnlessAskedFor()
    {
        using var history = SessionHistory.Open(Db);
        var stop = new SessionStop(Phase.Rep, 2, 3, TimeSpan.FromSeconds(1234.5));
        history.Record(_folder.File("mon.jsonl"), Session(new DateTimeOffset(2026, 11, 2, 7, 0, 0, TimeSpan.Zero), 4.0));
        history.Record(_folder.File("tue.jsonl"), Session(new DateTimeOffset(2026, 11, 3, 7, 0, 0, TimeSpan.Zero), 3.0) with { Stopped = stop });

        var list = history.List();
        Assert.Equal([stop, null], list.Select(e => e.Summary.Stopped));
        var week = Assert.Single(history.WeeklyTrends());
        Assert.Equal(1, week.Sessions);
        Assert.Equal(400 / 4.0, week.Sets[0].AverageSplitSeconds, 6);
        Assert.Equal(2, Assert.Single(history.WeeklyTrends(includeStopped: true)).Sessions);
    }

    [Fact]
    public void AVersion2DatabaseReadsWithItsSessionsNotStopped()
    {
        using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE sessions (id INTEGER PRIMARY KEY, trace_path TEXT NOT NULL UNIQUE, started_utc TEXT NOT NULL, workout TEXT NOT NULL,
                    reps INTEGER NOT NULL, distance_m REAL NOT NULL, duration_s REAL NOT NULL, avg_split_s REAL, split_spread_s REAL, avg_hr_drop REAL, indexed_utc TEXT NOT NULL,
                    interrupted INTEGER NOT NULL DEFAULT 0);
                INSERT INTO sessions (trace_path, started_utc, workout, reps, distance_m, duration_s, indexed_utc, interrupted) VALUES ('/old.jsonl', '2026-01-01T07:00:00.000Z', '10k', 8, 3200, 1800, '2026-01-01T08:00:00.000Z', 1);
                PRAGMA user_version = 2;
                """;
            create.ExecuteNonQuery();
        }

        using var history = SessionHistory.Open(Db);

        var entry = Assert.Single(history.List());
        Assert.True(entry.Interrupted);
        Assert.Null(entry.Summary.Stopped);
        history.Record(_folder.File("new.jsonl"), Session(new DateTimeOffset(2026, 11, 3, 7, 0, 0, TimeSpan.Zero), 4.0)
            with { Stopped = new SessionStop(Phase.SetRest, 1, 0, TimeSpan.FromSeconds(900)) });
        Assert.Equal(Phase.SetRest, history.List()[0].Summary.Stopped!.Phase);
    }

    [Fact]
    public void EachSessionKeepsItsOwnUnit()
    {
        using var history = SessionHistory.Open(Db);
        history.Record(_folder.File("km.jsonl"), Session(new DateTimeOffset(2026, 11, 2, 7, 0, 0, TimeSpan.Zero), 4.0));
        history.Record(_folder.File("mi.jsonl"), Session(new DateTimeOffset(2026, 11, 3, 7, 0, 0, TimeSpan.Zero), 4.0) with { Units = DistanceUnit.Miles });

        Assert.Equal([DistanceUnit.Miles, DistanceUnit.Kilometres], history.List().Select(e => e.Summary.Units));
    }

    [Fact]
    public void AVersion3DatabaseTakesEachSessionsUnitFromItsTraceHeader()
    {
        var miles = _folder.File("miles.jsonl");
        using (var file = File.Create(miles))
        using (var writer = new TraceWriter(file))
            writer.WriteHeader(new TraceHeader { StartedUtc = new DateTimeOffset(2026, 1, 2, 7, 0, 0, TimeSpan.Zero), Settings = new WorkoutSettings { TargetPace = PaceLink.Core.Units.Pace.FromSecondsPerKm(240), Units = DistanceUnit.Miles } });
        using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = $"""
                CREATE TABLE sessions (id INTEGER PRIMARY KEY, trace_path TEXT NOT NULL UNIQUE, started_utc TEXT NOT NULL, workout TEXT NOT NULL,
                    reps INTEGER NOT NULL, distance_m REAL NOT NULL, duration_s REAL NOT NULL, avg_split_s REAL, split_spread_s REAL, avg_hr_drop REAL, indexed_utc TEXT NOT NULL,
                    interrupted INTEGER NOT NULL DEFAULT 0, stopped_phase TEXT, stopped_set INTEGER, stopped_rep INTEGER, stopped_at_s REAL);
                INSERT INTO sessions (trace_path, started_utc, workout, reps, distance_m, duration_s, indexed_utc) VALUES ('{miles}', '2026-01-02T07:00:00.000Z', '10k', 8, 3200, 1800, '2026-01-02T08:00:00.000Z');
                INSERT INTO sessions (trace_path, started_utc, workout, reps, distance_m, duration_s, indexed_utc) VALUES ('/gone/old.jsonl', '2026-01-01T07:00:00.000Z', '10k', 8, 3200, 1800, '2026-01-01T08:00:00.000Z');
                PRAGMA user_version = 3;
                """;
            create.ExecuteNonQuery();
        }

        using (var history = SessionHistory.Open(Db))
            // The trace that is gone says nothing: its session stays in kilometres, as it was listed before.
            Assert.Equal([DistanceUnit.Miles, DistanceUnit.Kilometres], history.List().Select(e => e.Summary.Units));
        using var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Pooling=False");
        check.Open();
        using var version = check.CreateCommand();
        version.CommandText = "PRAGMA user_version";
        Assert.Equal(4L, (long)version.ExecuteScalar()!);
    }
}
