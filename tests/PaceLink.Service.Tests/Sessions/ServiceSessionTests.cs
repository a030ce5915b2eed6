using System.Text;
using System.Text.Json;
using PaceLink.Core.Coaching;
using PaceLink.Core.Recording;
using PaceLink.Service.Sessions;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Sessions;

/// <summary>Real simulated sessions inside the service: sink isolation and a clean end on shutdown.</summary>
public sealed class ServiceSessionTests
{
    private sealed class BrokenSink : ICoachingSink
    {
        public int Calls;
        public string Name => "broken";

        public void OnEvent(CoachingEvent cue)
        {
            Interlocked.Increment(ref Calls);
            throw new InvalidOperationException("push service exploded");
        }
    }

    private static StringContent Start(double speed) =>
        new($$"""{"simulate":true,"speed":{{speed}},"warmup":"20s","target_pace":"4:00","seed":3}""", Encoding.UTF8, "application/json");

    [Fact]
    public async Task AFailingSinkIsLoggedWhileSpeechAndTheDashboardCarryOn()
    {
        var broken = new BrokenSink();
        await using var service = await TestService.StartAsync(realSessions: true, extraSinks: [broken]);
        (await service.Http.PostAsync("/api/session/start", Start(50))).EnsureSuccessStatusCode();

        // 20 s of warm-up at 50x: the first rep starts within half a second of wall time.
        await Eventually.TrueAsync(() => service.Voice.Said.Contains("go"), "go is spoken");
        var status = JsonDocument.Parse(await service.Http.GetStringAsync("/api/status")).RootElement;
        Assert.Equal("rep", status.GetProperty("snapshot").GetProperty("phase").GetString());
        Assert.True(broken.Calls > 5);
        Assert.Contains("Alert sink broken failed", service.Log.ToString());
    }

    [Fact]
    public async Task StoppingTheServiceEndsTheSessionWithItsTraceAndSummary()
    {
        var service = await TestService.StartAsync(realSessions: true);
        string trace;
        try
        {
            (await service.Http.PostAsync("/api/session/start", Start(50))).EnsureSuccessStatusCode();
            await Eventually.TrueAsync(() => service.Voice.Said.Contains("go"), "the first rep has begun");
            trace = JsonDocument.Parse(await service.Http.GetStringAsync("/api/status")).RootElement.GetProperty("trace").GetString()!;
            await service.App.StopAsync();

            var summary = Path.ChangeExtension(trace, ".summary.txt");
            Assert.StartsWith("Session stopped after", File.ReadLines(summary).First());
            using var stream = File.OpenRead(trace);
            var read = TraceReader.Read(stream);
            Assert.True(read.Ok, read.Error);
            Assert.Equal(Phase.Done, read.Trace!.Events.OfType<PhaseStarted>().Last().Phase);
            using var history = PaceLink.Service.History.SessionHistory.Open(Path.Combine(service.DataDir, "history.db"));
            Assert.Equal(Path.GetFullPath(trace), Path.GetFullPath(Assert.Single(history.List(null)).TracePath));
        }
        finally
        {
            await service.DisposeAsync();
        }
    }

    [Fact]
    public async Task PairedSensorsAreUsedUnlessSimulatedAndTheirAbsenceIsExplained()
    {
        await using var service = await TestService.StartAsync(realSessions: true);
        using var response = await service.Http.PostAsync("/api/session/start", new StringContent("""{"simulate":false}""", Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
        Assert.StartsWith("No sensors are paired. Run `pacelink scan`", error);
    }
}
