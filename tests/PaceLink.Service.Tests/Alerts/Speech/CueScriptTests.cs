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
}
