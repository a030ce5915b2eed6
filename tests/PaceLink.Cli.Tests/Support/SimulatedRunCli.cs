using PaceLink.Cli.Commands;
using PaceLink.Cli.Hosting;
using PaceLink.Service.Alerts.Speech;
using PaceLink.Service.Hosting;
using PaceLink.Service.Sessions;

namespace PaceLink.Cli.Tests.Support;

/// <summary>
/// Runs `pacelink run` in-process on virtual time: the pacer never waits for the wall clock, the
/// console prints plain lines, traces go to a temporary data folder.
/// </summary>
public sealed class SimulatedRunCli : IDisposable
{
    private readonly TempFolder _folder = new("run");

    public string DataFolder => _folder.File("data");

    public string HistoryPath => _folder.File("history.db");

    public string PathOf(string name) => _folder.File(name);

    /// <summary>The run's speech engine: records by default; a test may put a real or a missing one in.</summary>
    public ISpeechRenderer Voice { get; set; } = new RecordingVoice();

    /// <summary>The configuration's Speech section the run reads: the defaults unless a test sets it.</summary>
    public SpeechOptions Speech { get; set; } = new();

    public RunEnvironment Environment => new()
    {
        SpeechDefaults = () => Speech,
        Voice = _ => Voice,
        Beeper = () => new SilentSynthesizer(),
        Pacer = _ => new WallClockPacer(double.PositiveInfinity, TimeProvider.System),
        DataFolder = () => DataFolder,
        HistoryPath = () => HistoryPath,
        Interactive = false,
    };

    public async Task<(int Exit, string Out, string Error)> RunAsync(CancellationToken cancellation, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var root = new System.CommandLine.RootCommand { RunCommand.Build(new CliOutput(stdout, stderr), Environment) };
        var exit = await root.Parse(args).InvokeAsync(cancellationToken: cancellation);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) => RunAsync(CancellationToken.None, args);

    public void Dispose() => _folder.Dispose();
}
