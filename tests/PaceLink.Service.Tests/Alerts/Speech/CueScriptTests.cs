using PaceLink.Core.Coaching;
using PaceLink.Service.Alerts.Speech;

namespace PaceLink.Service.Tests.Alerts.Speech;

public class CueScriptTests
{
    [Theory]
    [InlineData(59.96, 7, "007-01m00.0s-countdown.wav")]
    [InlineData(995.25, 12, "012-16m35.3s-countdown.wav")]
    [InlineData(0, 1, "001-00m00.0s-countdown.wav")]
    public void WavNamesSortInSpeakingOrderAndCarryTheSessionTime(double seconds, int sequence, string expected)
    {
        var at = TimeSpan.FromSeconds(seconds);
        Assert.Equal(expected, CueScript.WavName(sequence, new ScriptLine(at, "three", new Countdown(at, 3))));
    }

    [Fact]
    public void TheJsonLineHasTimeWordsAndEventKindWithReadableDashes()
    {
        var at = TimeSpan.FromSeconds(903.5);
        var line = new ScriptLine(at, "four hundred — one thirty-six", new RepCompleted(at, 1, 1, 96, 400));
        Assert.Equal("""{"t":903.5,"say":"four hundred — one thirty-six","event":"rep_complete"}""", CueScript.Json(line));
    }

    [Theory]
    [InlineData(0, "[00:00.0] warm-up")]
    [InlineData(59.96, "[01:00.0] warm-up")]
    [InlineData(4000.04, "[66:40.0] warm-up")]
    public void TheTextLineAlwaysShowsMinutesSecondsAndTenths(double seconds, string expected)
    {
        var at = TimeSpan.FromSeconds(seconds);
        Assert.Equal(expected, CueScript.Text(new ScriptLine(at, "warm-up", new PhaseStarted(at, Phase.Warmup, 0, 0))));
    }
}
