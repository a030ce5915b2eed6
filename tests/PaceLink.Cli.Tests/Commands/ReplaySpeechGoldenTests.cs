using PaceLink.Core.Text;
using PaceLink.Tests.Support;

namespace PaceLink.Cli.Tests.Commands;

/// <summary>
/// What the runner hears through a whole 10k and half session, pinned: simulated traces (fixed
/// seed, virtual time) replayed with <c>replay --speech</c> against the files in Golden/.
/// A unit more is one line more (its golden files beside these).
/// </summary>
public sealed class ReplaySpeechGoldenTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pacelink-golden-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("10k", DistanceUnit.Kilometres, false)]
    [InlineData("10k", DistanceUnit.Kilometres, true)]
    [InlineData("half", DistanceUnit.Kilometres, false)]
    [InlineData("10k", DistanceUnit.Miles, false)]
    [InlineData("half", DistanceUnit.Miles, false)]
    public void TheCueScriptOfAPresetIsTheGoldenOne(string preset, DistanceUnit unit, bool json)
    {
        var trace = SimulatedTraces.Preset(_folder, preset);

        var (exit, output, error) = SpeechGolden.Replay(trace.Path, unit, json);

        Assert.True(exit == 0, error);
        Assert.Equal("", error);
        SpeechGolden.Check(SpeechGolden.FileName(preset, unit, json), output);
    }
}
