using PaceLink.Cli.Tests.Support;
using PaceLink.Core.Pipeline;

namespace PaceLink.Cli.Tests.Commands;

/// <summary>The control verbs with a group: --athlete names whose session, and without it they ask when several are live.</summary>
public sealed class AthleteControlTests : IAsyncLifetime
{
    private RunningService _service = null!;

    public async Task InitializeAsync() => _service = await RunningService.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task EachAthleteIsStartedAndSteeredByNameAndABareVerbAsksWhichOne()
    {
        var (exit, output, error) = await _service.RunAsync("start", "--url", _service.Url, "--athlete", "ana", "--simulate", "--target-pace", "4:00");
        Assert.True(exit == 0, error);
        Assert.StartsWith("ana: running", output.Trim());
        Assert.Equal("ana", _service.Sessions.LastRequest!.Athlete);

        // With one athlete live and no unnamed session, a bare verb is for that athlete.
        (exit, output, error) = await _service.RunAsync("status", "--url", _service.Url);
        Assert.True(exit == 0, error);
        Assert.StartsWith("ana: running", output.Trim());

        (exit, _, error) = await _service.RunAsync("start", "--url", _service.Url, "--athlete", "ben", "--simulate", "--hr-max", "185");
        Assert.True(exit == 0, error);
        Assert.Equal("ben", _service.Sessions.LastRequest!.Athlete);

        (exit, _, error) = await _service.RunAsync("lap", "--url", _service.Url);
        Assert.Equal(3, exit);
        Assert.Equal("pacelink: 2 athletes are live (ana, ben); name one with --athlete", error.Trim());

        (exit, output, error) = await _service.RunAsync("lap", "--url", _service.Url, "--athlete", "ben");
        Assert.True(exit == 0, error);
        Assert.StartsWith("ben: ", output.Trim());
        Assert.Equal([CoachCommand.Lap], _service.Sessions.Commands);

        (exit, output, _) = await _service.RunAsync("status", "--url", _service.Url);
        Assert.Equal(0, exit);
        var lines = output.Trim().Split('\n').Select(l => l.Trim()).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("ana: running", lines[0]);
        Assert.StartsWith("ben: running", lines[1]);
    }

    [Fact]
    public async Task AGroupStartSendsItsNamesAndAWrongNameIsRefusedHere()
    {
        var (exit, output, error) = await _service.RunAsync("start", "--url", _service.Url, "--all", "--simulate", "--athlete", "ana", "--athlete", "ben");
        Assert.True(exit == 0, error);
        Assert.Contains(_service.Sessions.LastRequest!.Athlete, new[] { "ana", "ben" });
        var lines = output.Trim().Split('\n').Select(l => l.Trim()).ToArray();
        Assert.Equal(["ana: running", "ben: running"], lines.Select(l => string.Join(" ", l.Split(' ').Take(2))));

        (exit, _, error) = await _service.RunAsync("start", "--url", _service.Url, "--athlete", "a/b", "--simulate");
        Assert.Equal(1, exit);
        Assert.StartsWith("pacelink: --athlete: 'a/b' is not an athlete name", error.Trim());
    }
}
