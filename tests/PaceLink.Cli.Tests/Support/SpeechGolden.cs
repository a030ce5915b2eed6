using System.Runtime.CompilerServices;
using PaceLink.Cli;
using PaceLink.Cli.Commands;
using PaceLink.Core.Text;
using PaceLink.Service.Alerts.Speech;

namespace PaceLink.Cli.Tests.Support;

/// <summary>
/// The cue script of a simulated preset compared with a file under tests/PaceLink.Cli.Tests/Golden:
/// <c>replay-speech-{preset}-{km|mi}.txt</c> (and <c>.jsonl</c> for <c>--json</c>). A change in
/// wording shows as a diff of what the runner hears. PACELINK_UPDATE_GOLDEN=1 writes the files
/// instead (then read the diff before committing it).
/// </summary>
public static class SpeechGolden
{
    /// <summary>The folder of the golden files, next to this source file's folder.</summary>
    public static string Folder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(here)!)!, "Golden");

    public static string FileName(string preset, DistanceUnit unit, bool json) =>
        $"replay-speech-{preset}-{(unit == DistanceUnit.Miles ? "mi" : "km")}.{(json ? "jsonl" : "txt")}";

    /// <summary>
    /// Runs <c>pacelink replay TRACE --speech [--json] [--units mi]</c> with the default cues (whatever
    /// the machine's configuration says) or <paramref name="cues"/>, and returns what it printed;
    /// without <paramref name="speech"/> it prints the events.
    /// </summary>
    public static (int Exit, string Out, string Error) Replay(string trace, DistanceUnit unit, bool json, CueOptions? cues = null, bool speech = true)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var root = new System.CommandLine.RootCommand { ReplayCommand.Build(new CliOutput(stdout, stderr), () => cues ?? new CueOptions()) };
        string[] args = [trace, .. speech ? ["--speech"] : Array.Empty<string>(), .. json ? ["--json"] : Array.Empty<string>(), .. unit == DistanceUnit.Miles ? ["--units", "mi"] : Array.Empty<string>()];
        var exit = root.Parse(["replay", .. args]).Invoke();
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Asserts <paramref name="actual"/> equals the golden file (or writes it when updating).</summary>
    public static void Check(string name, string actual)
    {
        var path = Path.Combine(Folder(), name);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("PACELINK_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"no golden file {path}: run the test once with PACELINK_UPDATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n"), actual);
    }
}
