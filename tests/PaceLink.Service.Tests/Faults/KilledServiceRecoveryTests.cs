using System.Text.Json;
using Microsoft.Data.Sqlite;
using PaceLink.Core.Recording;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Faults;

/// <summary>A service killed mid-session (kill -9, power loss): the next start finishes the session's paperwork.</summary>
public sealed class KilledServiceRecoveryTests
{
    private const string Stem = "2026-05-01_063000_10k-simulated";

    /// <summary>What a killed service leaves: a trace cut mid-line, and the marker it wrote at the start.</summary>
    private static string LeaveKilledSession(string data)
    {
        Directory.CreateDirectory(data);
        var trace = Path.Combine(data, Stem + ".jsonl");
        using (var harness = new SimulatedSessionHarness())
        {
            harness.Session.Start();
            harness.RunUntil(TimeSpan.FromMinutes(4));
            File.Copy(harness.TracePath, trace);
        }
        File.AppendAllText(trace, """{"type":"notify","t":240.5,"sen""");
        File.WriteAllText(Path.Combine(data, Stem + ".recording"), "");
        return trace;
    }

    [Fact]
    public async Task TheNextStartChecksRepairsOnACopySummarisesAndIndexesTheSessionAsInterrupted()
    {
        using var folder = new TempFolder("killed-service");
        var data = Path.Combine(folder.Path, "data");
        var trace = LeaveKilledSession(data);
        var original = File.ReadAllBytes(trace);

        await using (var service = await TestService.StartAsync(args: ["--data-folder", data]))
        {
            var status = JsonDocument.Parse(await service.Http.GetStringAsync("/api/status")).RootElement;
            Assert.Contains(Stem, status.GetProperty("interrupted").GetString());
            Assert.Single(service.Log.ToString().Split('\n'), l => l.Contains($"{Stem} was interrupted"));
        }

        Assert.Equal(original, File.ReadAllBytes(trace));
        var repaired = Path.Combine(data, Stem + ".repaired.jsonl");
        using (var stream = File.OpenRead(repaired))
        {
            var read = TraceReader.Read(stream);
            Assert.True(read.Ok, read.Error);
            Assert.Empty(read.Warnings);
        }
        Assert.StartsWith("Session interrupted after ", File.ReadLines(Path.Combine(data, Stem + ".summary.txt")).First());
        Assert.False(File.Exists(Path.Combine(data, Stem + ".recording")));
        using var db = new SqliteConnection($"Data Source={Path.Combine(data, "history.db")};Pooling=False");
        db.Open();
        using var query = db.CreateCommand();
        query.CommandText = "SELECT trace_path, interrupted FROM sessions";
        using var row = query.ExecuteReader();
        Assert.True(row.Read());
        Assert.Equal(repaired, row.GetString(0));
        Assert.Equal(1, row.GetInt32(1));
        Assert.False(row.Read());
    }

    [Fact]
    public async Task ARecoveredSessionIsReportedOnceNotAtEveryStart()
    {
        using var folder = new TempFolder("killed-service");
        var data = Path.Combine(folder.Path, "data");
        LeaveKilledSession(data);
        await using (await TestService.StartAsync(args: ["--data-folder", data])) { }

        await using var again = await TestService.StartAsync(args: ["--data-folder", data]);

        var status = JsonDocument.Parse(await again.Http.GetStringAsync("/api/status")).RootElement;
        Assert.False(status.TryGetProperty("interrupted", out var notice) && notice.ValueKind == JsonValueKind.String);
        Assert.DoesNotContain("was interrupted", again.Log.ToString());
    }
}
