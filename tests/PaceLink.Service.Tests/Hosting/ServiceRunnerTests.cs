using PaceLink.Service.Hosting;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Hosting;

public sealed class ServiceRunnerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private HostOverrides Overrides(StringWriter? log = null) => new()
    {
        ConfigDir = _folder.Path,
        LogWriter = log ?? new StringWriter(),
        Voice = new FakeSynthesizer(),
        Starter = new FakeStarter(_folder.Path),
    };

    [Fact]
    public async Task ConfigurationErrorsArePrintedOnePerLineWithExitCodeTwo()
    {
        var stderr = new StringWriter();
        var code = await ServiceRunner.RunAsync(
            ["--urls", "http://127.0.0.1:0", "--data-folder", _folder.File("data"), "--target-pace", "fast", "--Speech:Engine=festival"],
            stderr, CancellationToken.None, Overrides());
        Assert.Equal(ServiceRunner.ConfigurationFailed, code);
        var lines = stderr.ToString().TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("pacelink: Workout: --target-pace: 'fast' is not a pace", lines[0]);
        Assert.Equal("pacelink: Speech:Engine: unknown speech engine 'festival'; use auto, espeak-ng, sapi or none", lines[1]);
    }

    [Fact]
    public async Task ABrokenUserConfigFileIsNamed()
    {
        File.WriteAllText(_folder.File("pacelink.json"), "{ \"Api\": { \"Urls\": ");
        var stderr = new StringWriter();
        var code = await ServiceRunner.RunAsync(["--urls", "http://127.0.0.1:0"], stderr, CancellationToken.None, Overrides());
        Assert.Equal(ServiceRunner.ConfigurationFailed, code);
        Assert.StartsWith($"pacelink: {_folder.File("pacelink.json")}: cannot read this configuration file:", stderr.ToString());
    }

    [Fact]
    public async Task AValueOfTheWrongTypeNamesItsKey()
    {
        var stderr = new StringWriter();
        var code = await ServiceRunner.RunAsync(["--urls", "http://127.0.0.1:0", "--Workout:Calibration=lots"], stderr, CancellationToken.None, Overrides());
        Assert.Equal(ServiceRunner.ConfigurationFailed, code);
        Assert.Equal("pacelink: Workout:Calibration: 'lots' is not a number", stderr.ToString().TrimEnd());
    }

    [Fact]
    public async Task TheServiceRunsUntilCancelledAndThenExitsCleanly()
    {
        var log = new StringWriter();
        using var stop = new CancellationTokenSource();
        var run = ServiceRunner.RunAsync(["--urls", "http://127.0.0.1:0", "--data-folder", _folder.File("data")], new StringWriter(), stop.Token, Overrides(log));
        await Poll.UntilAsync(() => log.ToString().Contains("PaceLink listening on"), what: "the start-up line");
        Assert.False(run.IsCompleted);
        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    public void Dispose() => _folder.Dispose();
}
