using CsCheck;
using PaceLink.Core.Gatt;
using PaceLink.Fuzz;

namespace PaceLink.Core.Tests.Fuzz;

/// <summary>
/// The quick version of the long fuzz runs (docs/reliability.md): every corpus input, then a
/// few thousand generated inputs per target. A failure prints the input and a seed to reproduce.
/// </summary>
public class ShortFuzzPassTests
{
    private static readonly string Corpus = FuzzCorpus.Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("tests/fuzz/corpus not found above the test folder");

    public static TheoryData<string> Targets() => [.. FuzzTargets.Names];

    [Fact]
    public void EveryRegisteredDecoderIsATargetAndHasCorpusSeeds()
    {
        foreach (var characteristic in GattDecoders.Characteristics)
        {
            var target = "gatt-" + GattIds.ToHex(characteristic);
            Assert.Contains(target, FuzzTargets.Names);
            Assert.NotEmpty(FuzzCorpus.Load(Corpus, target));
        }
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void CorpusInputsPassTheirTarget(string target)
    {
        var seeds = FuzzCorpus.Load(Corpus, target);

        Assert.NotEmpty(seeds);
        foreach (var input in seeds) FuzzTargets.Run(target, input);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void GeneratedInputsNeitherThrowNorBreakTheTargetsRules(string target)
    {
        var seeds = FuzzCorpus.Load(Corpus, target);

        FuzzInputs.For(target, seeds).Sample(input => FuzzTargets.Run(target, input), iter: 3_000, threads: 1, print: Convert.ToHexStringLower);
    }
}
