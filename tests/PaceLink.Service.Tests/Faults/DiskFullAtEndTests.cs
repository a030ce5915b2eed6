using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PaceLink.Service.Sessions;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Faults;

/// <summary>A disk that fills before the session ends, and a start whose trace cannot be created.</summary>
public sealed class DiskFullAtEndTests
{
    [Fact]
    public async Task ASessionEndingOnAFullDiskSaysHowManyRecordsAreLost()
    {
        var disk = new FlakyDisk();
        var log = new ListLogger<LiveSession>();
        using var harness = new SimulatedSessionHarness(disk: disk, logger: log);
        harness.Session.Start();
        harness.RunUntil(TimeSpan.FromMinutes(2));
        disk.Full = true;
        harness.RunUntil(TimeSpan.FromHours(2));

        var summary = await harness.Session.Completion;
        var onDisk = disk.Text.Split('\n').Count(line => line.EndsWith('}'));
        var lost = summary.RecordsWritten - onDisk;
        Assert.True(lost > 100, $"only {lost} records were held back");
        Assert.Equal(lost, summary.RecordsLost);
        var lines = summary.Describe().ToList();
        Assert.Contains($"Trace: {harness.TracePath} is incomplete: {lost} records were lost (the disk refused them)", lines);
        Assert.DoesNotContain(lines, l => l == $"Trace: {harness.TracePath}");
    }

    [Fact]
    public void ASessionOnAHealthyDiskLosesNothing()
    {
        var disk = new FlakyDisk();
        using var harness = new SimulatedSessionHarness(disk: disk);

        var summary = harness.RunToEnd();

        Assert.Equal(0, summary.RecordsLost);
        Assert.Contains($"Trace: {harness.TracePath}", summary.Describe());
    }

    [Fact]
    public async Task AStartThatCannotCreateItsTraceAnswers503WithTheReason()
    {
        await using var service = await TestService.StartAsync(realSessions: true);
        // The data folder was checked at start-up; now a file stands where it was.
        Directory.Delete(service.DataDir, recursive: true);
        await File.WriteAllTextAsync(service.DataDir, "not a folder");

        using var response = await service.Http.PostAsync("/api/session/start",
            new StringContent("""{"simulate":true,"speed":50,"warmup":"20s","target_pace":"4:00","seed":3}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
        Assert.StartsWith("cannot create the session's trace in ", error);
        var status = JsonDocument.Parse(await service.Http.GetStringAsync("/api/status")).RootElement;
        Assert.Equal("idle", status.GetProperty("state").GetString());
    }
}
