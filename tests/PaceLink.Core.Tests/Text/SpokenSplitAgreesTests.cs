using System.Globalization;
using PaceLink.Core.Coaching;
using PaceLink.Core.Text;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;

namespace PaceLink.Core.Tests.Text;

/// <summary>
/// What the runner hears is the number that is recorded: the spoken split, read back from its
/// words, is the split the review and the terminal write, to the tenth — rounding edges included.
/// </summary>
public class SpokenSplitAgreesTests
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>"thirty-five" → 35; "two hundred fifty" → 250 (what the listener makes of the words).</summary>
    private static int Heard(string words)
    {
        var total = 0;
        foreach (var word in words.Split(' '))
        {
            if (word == "hundred") { total *= 100; continue; }
            var parts = word.Split('-');
            var n = Array.IndexOf(Tens, parts[0]) is var t and > 1 ? t * 10 : Array.IndexOf(Units, parts[0]);
            Assert.True(n >= 0, $"'{word}' is not a number word");
            if (parts.Length == 2) n += Array.IndexOf(Units, parts[1]);
            total += n;
        }
        return total;
    }

    /// <summary>A spoken split read back in tenths: "one minute thirty-five point two" → 952.</summary>
    private static long HeardTenths(string spoken)
    {
        var minutes = 0;
        var rest = spoken;
        foreach (var unit in new[] { " minutes", " minute" })
        {
            var at = rest.IndexOf(unit, StringComparison.Ordinal);
            if (at < 0) continue;
            minutes = Heard(rest[..at]);
            rest = rest[(at + unit.Length)..].Trim();
            break;
        }
        if (rest == "flat") return minutes * 600L;
        rest = rest.Replace(" seconds", "");
        var point = rest.Split(" point ");
        return minutes * 600L + Heard(point[0]) * 10L + Heard(point[1]);
    }

    /// <summary>"1:35.2" or "58.3" → tenths.</summary>
    private static long WrittenTenths(string written)
    {
        var parts = written.Split(':');
        var seconds = double.Parse(parts[^1], CultureInfo.InvariantCulture);
        var minutes = parts.Length == 2 ? int.Parse(parts[0], CultureInfo.InvariantCulture) : 0;
        return minutes * 600L + (long)Math.Round(seconds * 10);
    }

    public static TheoryData<double> Edges() =>
    [
        59.95, 59.96, 59.99, 95.95, 95.96, 95.99, 96.04, 96.05, 99.95, 99.99, 119.95, 119.96, 120.0, 9.95, 9.99, 0.04, 600.0, 599.95,
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void TheSpokenSplitIsTheWrittenSplitAtTheRoundingEdges(double split) =>
        Assert.Equal(WrittenTenths(Clock.Tenths(split)), HeardTenths(SpokenNumbers.Split(split)));

    [Fact]
    public void TheSpokenSplitIsTheWrittenSplitForEverySplitToTheHundredth()
    {
        for (var hundredths = 3000; hundredths <= 24000; hundredths++)
        {
            // Splits as the engine gives them: not tidy decimals but interpolated crossings.
            var split = hundredths / 100.0 + 0.0001 * (hundredths % 7 - 3);
            Assert.Equal(WrittenTenths(Clock.Tenths(split)), HeardTenths(SpokenNumbers.Split(split)));
        }
    }

    [Theory]
    [InlineData(95.95, 96.0)]
    [InlineData(95.249, 96.0)]
    [InlineData(101.96, 96.0)]
    [InlineData(93.05, 96.0)]
    public void TheRepEndSaysTheRecordedSplitAndTheWrittenDeviation(double split, double target)
    {
        var step = WorkoutStep.Distance(Phase.Rep, 400, 1, 1, Pace.FromSecondsPerKm(target * 2.5));
        var said = SpokenCues.RepEnd(split, 400, step, null);
        var parts = said.Split(", ");

        Assert.Equal(WrittenTenths(Clock.Tenths(split)), HeardTenths(parts[0]));
        var signed = Clock.Signed(split - step.TargetSplitSeconds!.Value);
        var deviation = parts[1];
        if (deviation == "on target")
        {
            Assert.Equal("+0.0 s", signed);
            return;
        }
        var tenths = deviation.Replace(" seconds", "").Replace(" second", "").Replace(" slow", "").Replace(" fast", "").Split(" point ") is var d && d.Length == 2
            ? Heard(d[0]) * 10 + Heard(d[1])
            : Heard(d[0]) * 10;
        Assert.Equal(signed, (deviation.EndsWith("slow") ? "+" : "-") + (tenths / 10.0).ToString("0.0", CultureInfo.InvariantCulture) + " s");
    }
}
