using System.Text.Json;
using PaceLink.Cli.Tests.Support;
using PaceLink.Core.Text;
using PaceLink.Service.Alerts.Speech;

namespace PaceLink.Cli.Tests.Commands;

/// <summary>
/// What the runner hears through a whole 10k and half session, pinned: simulated traces (fixed
/// seed, virtual time) replayed with <c>replay --speech</c> against the files in Golden/.
/// A unit more is one line more (its golden files beside these).
/// </summary>
public sealed class ReplaySpeechGoldenTests : IDisposable
{
    private readonly TempFolder _folder = new("golden");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("10k", DistanceUnit.Kilometres, false)]
    [InlineData("10k", DistanceUnit.Kilometres, true)]
    [InlineData("half", DistanceUnit.Kilometres, false)]
    [InlineData("10k", DistanceUnit.Miles, false)]
    [InlineData("half", DistanceUnit.Miles, false)]
    public void TheCueScriptOfAPresetIsTheGoldenOne(string preset, DistanceUnit unit, bool json)
    {
        var trace = SimulatedTraces.Preset(_folder.Path, preset);

        var (exit, output, error) = SpeechGolden.Replay(trace.Path, unit, json);

        Assert.True(exit == 0, error);
        Assert.Equal("", error);
        SpeechGolden.Check(SpeechGolden.FileName(preset, unit, json), output);
    }

    [Fact]
    public void WithTheHalfwaySplitOnEachRepGetsOneCueBetweenItsGoAndItsEndAndNothingElseChanges()
    {
        var trace = SimulatedTraces.Preset(_folder.Path, "10k");

        var (exit, output, error) = SpeechGolden.Replay(trace.Path, DistanceUnit.Kilometres, json: true, new CueOptions { HalfwaySplit = true });

        Assert.True(exit == 0, error);
        var lines = output.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var events = lines.Select(l => JsonDocument.Parse(l).RootElement).Select(o => (T: o.GetProperty("t").GetDouble(), Say: o.GetProperty("say").GetString()!, Event: o.GetProperty("event").GetString()!)).ToList();
        var halfway = events.Where(e => e.Event == "halfway").ToList();
        Assert.Equal(8, halfway.Count);
        Assert.All(halfway, h => Assert.StartsWith("two hundred, ", h.Say));
        var gos = events.Where(e => e.Say == "go").Select(e => e.T).ToList();
        var ends = events.Where(e => e.Event == "rep_complete").Select(e => e.T).ToList();
        for (var i = 0; i < 8; i++) Assert.InRange(halfway[i].T, gos[i], ends[i]);
        // Taken out again, the script is the default one, byte for byte.
        var rest = string.Concat(lines.Where(l => !l.Contains("\"event\":\"halfway\"", StringComparison.Ordinal)).Select(l => l + "\n"));
        Assert.Equal(File.ReadAllText(Path.Combine(SpeechGolden.Folder(), SpeechGolden.FileName("10k", DistanceUnit.Kilometres, json: true))).Replace("\r\n", "\n"), rest);
        SpeechGolden.Check("replay-speech-10k-km-halfway.jsonl", output);
    }

    [Fact]
    public void TheEventsOfReplayJsonHaveNoHalfwayEvenWithTheHalfwayCueOn()
    {
        var trace = SimulatedTraces.Preset(_folder.Path, "10k");

        var on = SpeechGolden.Replay(trace.Path, DistanceUnit.Kilometres, json: true, new CueOptions { HalfwaySplit = true }, speech: false);
        var off = SpeechGolden.Replay(trace.Path, DistanceUnit.Kilometres, json: true, speech: false);

        Assert.Equal(0, on.Exit);
        Assert.Equal(off.Out, on.Out);
        Assert.DoesNotContain("halfway", on.Out, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"rep_complete\"", on.Out, StringComparison.Ordinal);
    }
}
