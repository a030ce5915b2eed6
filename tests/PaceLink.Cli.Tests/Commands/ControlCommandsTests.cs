using System.Net;
using System.Net.Sockets;
using PaceLink.Cli.Tests.Support;
using PaceLink.Core.Pipeline;

namespace PaceLink.Cli.Tests.Commands;

/// <summary>status, start, lap, pause, resume and stop against a real service on a loopback port.</summary>
public sealed class ControlCommandsTests : IAsyncLifetime
{
    private RunningService _service = null!;

    public async Task InitializeAsync() => _service = await RunningService.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task StatusOfAnIdleServiceSaysIdle()
    {
        var (exit, output, error) = await _service.RunAsync("status", "--url", _service.Url);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal("idle — 0 reps done", output.Trim());
    }

    [Fact]
    public async Task StartSendsTheUnitsAndABarePaceIsReadInThem()
    {
        var (exit, _, error) = await _service.RunAsync("start", "--url", _service.Url, "--simulate", "--units", "mi", "--target-pace", "6:26");
        Assert.True(exit == 0, error);
        var settings = _service.Sessions.LastRequest!.Settings;
        Assert.Equal(PaceLink.Core.Text.DistanceUnit.Miles, settings.Units);
        Assert.Equal(386, settings.TargetPace!.Value.SecondsPerMile, 6);
    }

    [Fact]
    public async Task StatusRefusesAnUnknownUnit()
    {
        var (exit, _, error) = await _service.RunAsync("status", "--url", _service.Url, "--units", "parsecs");
        Assert.Equal(1, exit);
        Assert.Equal("pacelink: --units: 'parsecs' is not a unit; use km or mi", error.Trim());
    }

    [Fact]
    public async Task StartSendsTheWorkoutOptions()
    {
        var (exit, output, _) = await _service.RunAsync("start", "--url", _service.Url, "--simulate", "--speed", "5", "--target-pace", "3:45", "--warmup", "10m", "--calibration", "0.98");
        Assert.Equal(0, exit);
        Assert.StartsWith("running — session recorded", output.Trim());
        var request = _service.Sessions.LastRequest!;
        Assert.Equal(225, request.Settings.TargetPace!.Value.SecondsPerKm);
        Assert.Equal(TimeSpan.FromMinutes(10), request.Settings.Warmup);
        Assert.Equal(0.98, request.Settings.Calibration);
        Assert.True(request.Simulate);
        Assert.Equal(5, request.Speed);
    }

    [Fact]
    public async Task StartReadsAWorkoutFileHereAndSendsItsContent()
    {
        using var folder = new TempFolder("workout-file");
        var file = folder.File("ladder.yaml");
        File.WriteAllText(file, "name: ladder\nsteps:\n  - phase: rep\n    distance: 800m\n");
        var (exit, _, error) = await _service.RunAsync("start", "--url", _service.Url, "--simulate", "--workout", file);
        Assert.Equal("", error);
        Assert.Equal(0, exit);
        var settings = _service.Sessions.LastRequest!.Settings;
        Assert.Contains("distance: 800m", settings.Workout);
        Assert.Equal(Path.GetFileName(file), settings.WorkoutName);
    }

    [Fact]
    public async Task StartRefusesAWorkoutFileThatIsNotARegularFile()
    {
        var (exit, _, error) = await _service.RunAsync("start", "--url", _service.Url, "--simulate", "--workout", "/dev/zero");
        Assert.Equal(1, exit);
        Assert.Equal("pacelink: --workout: cannot read '/dev/zero': it is not a regular file", error.Trim());
        Assert.Null(_service.Sessions.LastRequest);
    }

    [Fact]
    public async Task TheServicesOwnErrorIsShownForABadOption()
    {
        var (exit, _, error) = await _service.RunAsync("start", "--url", _service.Url, "--target-pace", "4:99");
        Assert.Equal(3, exit);
        Assert.Equal("pacelink: --target-pace: '4:99' is not a pace; write minutes:seconds like 4:00, 4:00/km or 6:26/mi", error.Trim());
    }

    [Fact]
    public async Task LapPauseResumeAndStopReachTheSession()
    {
        await _service.RunAsync("start", "--url", _service.Url, "--simulate");
        foreach (var verb in new[] { "lap", "pause", "resume", "stop" })
            Assert.Equal(0, (await _service.RunAsync(verb, "--url", _service.Url)).Exit);
        Assert.Equal([CoachCommand.Lap, CoachCommand.Pause, CoachCommand.Resume, CoachCommand.Stop], _service.Sessions.Commands);
    }

    [Fact]
    public async Task LapWithoutASessionSaysHowToStartOne()
    {
        var (exit, _, error) = await _service.RunAsync("lap", "--url", _service.Url);
        Assert.Equal(3, exit);
        Assert.Equal("pacelink: no session is running; start one with `pacelink start`", error.Trim());
    }

    [Fact]
    public async Task WithNoServiceRunningTheMessageSaysSo()
    {
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var (exit, _, error) = await _service.RunAsync("status", "--url", $"http://127.0.0.1:{port}");
        Assert.Equal(3, exit);
        Assert.StartsWith($"pacelink: no PaceLink service is running at http://127.0.0.1:{port}/", error);
        Assert.EndsWith("start one with `pacelink serve` or `systemctl start pacelink`", error.Trim());
    }
}
