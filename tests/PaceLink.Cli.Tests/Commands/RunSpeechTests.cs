using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PaceLink.Cli.Tests.Support;
using PaceLink.Service.Alerts.Speech;

namespace PaceLink.Cli.Tests.Commands;

/// <summary>`pacelink run` speaks; `--speech-to` writes one WAV per cue; `replay --speech` prints the same words.</summary>
public class RunSpeechTests
{
    private static readonly string[] ShortWorkout = ["run", "--simulate", "--speed", "20", "--warmup", "1m", "--cooldown", "1m", "--set-rest", "1m", "--seed", "5"];

    [Fact]
    public async Task TheLiveRunSpeaksThroughTheSpeechEngine()
    {
        using var cli = new SimulatedRunCli();
        var voice = new RecordingVoice();
        cli.Voice = voice;
        var (exit, _, error) = await cli.RunAsync([.. ShortWorkout, "--trace", cli.PathOf("s.jsonl")]);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        // Virtual time runs far ahead of the voice, so cues merge; every rep's result still gets through.
        Assert.NotEmpty(voice.Said);
        Assert.Contains(voice.Said, s => s.Contains("four hundred", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QuietSaysNothing()
    {
        using var cli = new SimulatedRunCli();
        var voice = new RecordingVoice();
        cli.Voice = voice;
        var (exit, _, _) = await cli.RunAsync([.. ShortWorkout, "--quiet", "--trace", cli.PathOf("s.jsonl")]);
        Assert.Equal(0, exit);
        Assert.Empty(voice.Said);
    }

    [Fact]
    public async Task WithoutASpeechEngineTheRunWarnsOnceAndGoesOn()
    {
        using var cli = new SimulatedRunCli { Voice = new EspeakSynthesizer(program: "/nonexistent/espeak-ng") };
        var trace = cli.PathOf("s.jsonl");
        var (exit, output, error) = await cli.RunAsync([.. ShortWorkout, "--trace", trace]);
        Assert.Equal(0, exit);
        var warning = Assert.Single(CliRun.Lines(error));
        Assert.Contains("install espeak-ng to hear cues", warning);
        Assert.Contains("Session completed", output);
    }

    [Fact]
    public async Task SpeechToWritesEveryCueTheReplayScriptSpeaksInOrder()
    {
        using var cli = new SimulatedRunCli();
        var voice = new RecordingVoice();
        cli.Voice = voice;
        var trace = cli.PathOf("s.jsonl");
        var folder = cli.PathOf("cues");
        var (exit, output, error) = await cli.RunAsync([.. ShortWorkout, "--trace", trace, "--speech-to", folder]);
        Assert.Equal(0, exit);
        Assert.Equal("", error);

        var script = CliRun.Run("replay", trace, "--speech", "--json");
        Assert.Equal(0, script.Exit);
        var lines = CliRun.Lines(script.Out).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(lines.Count > 40, $"{lines.Count} cues");
        var files = Directory.GetFiles(folder, "*.wav").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(lines.Select(l => l.GetProperty("say").GetString()), files.Select(File.ReadAllText));
        Assert.Equal(lines.Select(l => l.GetProperty("say").GetString()), voice.Said);
        Assert.Contains($"Spoken cues: {files.Count} WAV files in {folder}", output);
    }

    [Fact]
    public async Task AStoppedRunEndsWithStoppedAfterNRepsLiveAndOnReplay()
    {
        using var cli = new SimulatedRunCli();
        var voice = new RecordingVoice();
        cli.Voice = voice;
        var trace = cli.PathOf("stopped.jsonl");
        var folder = cli.PathOf("cues");
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();
        var (exit, _, error) = await cli.RunAsync(stop.Token, [.. ShortWorkout, "--trace", trace, "--speech-to", folder]);
        Assert.Equal(0, exit);
        Assert.Equal("", error);

        var script = CliRun.Run("replay", trace, "--speech");
        Assert.Equal(0, script.Exit);
        Assert.EndsWith("] stopped after zero reps", CliRun.Lines(script.Out).Last());
        Assert.Equal("stopped after zero reps", voice.Said.Last());
        Assert.DoesNotContain(voice.Said, s => s.Contains("complete", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReplaySpeechTextAndJsonAgreeWithTheEventsOfTheTrace()
    {
        using var cli = new SimulatedRunCli();
        var trace = cli.PathOf("s.jsonl");
        await cli.RunAsync([.. ShortWorkout, "--quiet", "--trace", trace]);

        var json = CliRun.Lines(CliRun.Run("replay", trace, "--speech", "--json").Out).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var text = CliRun.Lines(CliRun.Run("replay", trace, "--speech").Out);
        var events = CliRun.Lines(CliRun.Run("replay", trace, "--json").Out).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal(json.Count, text.Length);
        foreach (var (line, written) in json.Zip(text))
        {
            Assert.Equal(["t", "say", "event"], line.EnumerateObject().Select(p => p.Name));
            // Every cue belongs to an event of the replay at the same instant and of the same kind.
            var t = line.GetProperty("t").GetDouble();
            Assert.Contains(events, e => e.GetProperty("t").GetDouble() == t && e.GetProperty("kind").GetString() == line.GetProperty("event").GetString());
            Assert.EndsWith("] " + line.GetProperty("say").GetString(), written);
            Assert.StartsWith("[", written);
        }
        Assert.Contains(json, l => l.GetProperty("event").GetString() == "rep_complete");
        Assert.Contains(json, l => l.GetProperty("event").GetString() == "countdown");
    }

    [Fact]
    public void ABadRateIsRefusedInOneSentence()
    {
        var (exit, _, error) = CliRun.Run("run", "--simulate", "--rate", "20");
        Assert.Equal(1, exit);
        Assert.Equal("error: --rate must be between 80 and 450 words a minute, not 20", error.Trim());
    }

    /// <summary>espeak-ng (installed by .ci/run) renders each cue; sox finds speech, not silence, in every file.</summary>
    [Fact]
    public async Task SpeechToWithEspeakWritesANonSilentWavForEveryCue()
    {
        var espeak = new EspeakSynthesizer();
        Assert.True(espeak.IsAvailable(), "espeak-ng is not installed (apt-get install espeak-ng)");
        using var cli = new SimulatedRunCli { Voice = espeak };
        var trace = cli.PathOf("s.jsonl");
        var folder = cli.PathOf("cues");
        var (exit, _, error) = await cli.RunAsync([.. ShortWorkout, "--trace", trace, "--speech-to", folder]);
        Assert.Equal(0, exit);
        Assert.Equal("", error);

        var cues = CliRun.Lines(CliRun.Run("replay", trace, "--speech").Out).Length;
        var files = Directory.GetFiles(folder, "*.wav");
        Assert.Equal(cues, files.Length);
        foreach (var file in files)
            Assert.True(RmsAmplitude(file) > 0.01, $"{Path.GetFileName(file)} is silent");
    }

    private static double RmsAmplitude(string wav)
    {
        var info = new ProcessStartInfo("sox", [wav, "-n", "stat"]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var sox = Process.Start(info)!;
        var report = sox.StandardError.ReadToEnd();
        sox.WaitForExit();
        Assert.Equal(0, sox.ExitCode);
        var line = report.Split('\n').Single(l => l.StartsWith("RMS     amplitude", StringComparison.Ordinal));
        return double.Parse(line.Split(':')[1], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task WithTheHalfwayCueSwitchedOnTheLiveRunSaysEachRepsHalfwayAndTheTraceKeepsIt()
    {
        using var cli = new SimulatedRunCli { Speech = new PaceLink.Service.Hosting.SpeechOptions { Cues = new CueOptions { HalfwaySplit = true } } };
        var trace = cli.PathOf("halfway.jsonl");
        var folder = cli.PathOf("cues");
        var (exit, _, error) = await cli.RunAsync([.. ShortWorkout, "--trace", trace, "--speech-to", folder]);
        Assert.Equal(0, exit);
        Assert.Equal("", error);

        var halfway = Directory.GetFiles(folder, "*-halfway.wav").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        Assert.Equal(8, halfway.Count);
        Assert.All(halfway, said => Assert.StartsWith("two hundred, ", said));
        var recorded = File.ReadLines(trace).Count(l => l.Contains("\"kind\":\"halfway\"", StringComparison.Ordinal));
        Assert.Equal(8, recorded);
        // A default replay of that trace gives the contract's events: no halfway, and no complaint about the recorded ones.
        var replay = CliRun.Run("replay", trace, "--json");
        Assert.Equal(0, replay.Exit);
        Assert.Equal("", replay.Error);
        Assert.DoesNotContain("halfway", replay.Out, StringComparison.Ordinal);
    }
}
