using PaceLink.Service.Hosting;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Hosting;

public sealed class ServiceRunnerTests : IDisposable
{
    private readonly TempFolder _folder = new("service-runner");

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
        await Eventually.TrueAsync(() => log.ToString().Contains("PaceLink listening on"), "the start-up line is logged");
        Assert.False(run.IsCompleted);
        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public async Task NoRetainedLogFilesIsAConfigurationError(string retained)
    {
        var stderr = new StringWriter();
        var code = await ServiceRunner.RunAsync(
            ["--urls", "http://127.0.0.1:0", "--data-folder", _folder.File("data"), "--log-file", _folder.File("logs/pacelink.log"), $"--Log:RetainedFiles={retained}"],
            stderr, CancellationToken.None, Overrides());
        Assert.Equal(ServiceRunner.ConfigurationFailed, code);
        Assert.Equal("pacelink: Log:RetainedFiles: must be at least 1 (the number of daily log files kept)", stderr.ToString().TrimEnd());
    }

    [Fact]
    public async Task ALogFileThatCannotBeWrittenIsAConfigurationError()
    {
        // A regular file where the log folder should be: not even root can create the log there.
        File.WriteAllText(_folder.File("logs"), "");
        var log = _folder.File("logs/pacelink.log");
        var stderr = new StringWriter();
        var code = await ServiceRunner.RunAsync(
            ["--urls", "http://127.0.0.1:0", "--data-folder", _folder.File("data"), "--log-file", log],
            stderr, CancellationToken.None, Overrides());
        Assert.Equal(ServiceRunner.ConfigurationFailed, code);
        Assert.StartsWith($"pacelink: Log:File: cannot write the log file '{log}' (", stderr.ToString());
        Assert.EndsWith("); give the service user write access to its folder, or change Log:File", stderr.ToString().TrimEnd());
    }

    public void Dispose() => _folder.Dispose();
}
