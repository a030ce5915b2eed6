using PaceLink.Core.Coaching;

namespace PaceLink.Core.Tests.Coaching;

public class CoachingEventJsonTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    public static TheoryData<CoachingEvent, string> Contract => new()
    {
        { new PhaseStarted(S(900), Phase.SetRest, 1, 0), """{"t":900,"kind":"phase","phase":"set_rest","set":1,"rep":0}""" },
        { new RepCompleted(S(996.4321), 1, 1, 96.4321, 400), """{"t":996.432,"kind":"rep_complete","set":1,"rep":1,"split_s":96.432,"distance_m":400}""" },
        { new Countdown(S(1050), 10), """{"t":1050,"kind":"countdown","remaining_s":10}""" },
        { new OffPace(S(20.5), PaceDirection.Slow, 101.25), """{"t":20.5,"kind":"off_pace","direction":"slow","projected_split_s":101.25}""" },
        { new OffPace(S(20.5), PaceDirection.Fast, 90), """{"t":20.5,"kind":"off_pace","direction":"fast","projected_split_s":90}""" },
        { new BackOnPace(S(30)), """{"t":30,"kind":"back_on_pace"}""" },
        { new SensorLost(S(3.5), "pod"), """{"t":3.5,"kind":"sensor_lost","sensor":"pod"}""" },
        { new SensorRestored(S(9), "hr"), """{"t":9,"kind":"sensor_restored","sensor":"hr"}""" },
    };

    [Theory]
    [MemberData(nameof(Contract))]
    public void EventsSerialiseToTheReplayContract(CoachingEvent e, string json)
    {
        Assert.Equal(json, CoachingEventJson.Serialize(e));
    }

    [Theory]
    [MemberData(nameof(Contract))]
    public void ContractLinesParseBackToTheEvent(CoachingEvent e, string json)
    {
        Assert.True(CoachingEventJson.TryParse(json, out var parsed, out var error), error);
        Assert.Equal(CoachingEventJson.Serialize(e), CoachingEventJson.Serialize(parsed!));
    }

    [Theory]
    [InlineData("""{"kind":"countdown","remaining_s":3}""", "'t'")]
    [InlineData("""{"t":1,"kind":"teleport"}""", "unknown event kind")]
    [InlineData("""{"t":1,"kind":"off_pace","direction":"sideways","projected_split_s":1}""", "slow|fast")]
    [InlineData("""not json""", "not JSON")]
    public void BadLinesAreRejectedWithAReason(string line, string reason)
    {
        Assert.False(CoachingEventJson.TryParse(line, out _, out var error));
        Assert.Contains(reason, error);
    }
}
