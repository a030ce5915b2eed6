using Microsoft.Extensions.Time.Testing;
using PaceLink.Core.Coaching;
using PaceLink.Core.Units;
using PaceLink.Core.Workout;
using PaceLink.Service.Alerts.Speech;
using PaceLink.Service.Coach;
using PaceLink.Service.Sessions;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Coach;

/// <summary>
/// What a group hears from its one loudspeaker (Coach:Speech): the countdown and "go" once for
/// everyone, each split after its athlete's name in names mode, nothing when off. The athletes'
/// events are handed in as their sessions emit them, on virtual time.
/// </summary>
public sealed class GroupVoiceTests
{
    private static readonly WorkoutSettings Settings = new() { TargetPace = Pace.Parse("4:00") };
    private readonly FakeTimeProvider _time = new();
    private readonly FakeSynthesizer _voice = new();

    private GroupVoice Group(string mode) =>
        new(mode, new SpeechSink(new CueOptions(), _voice, _voice, beeps: false, capacity: 16, _time, new ListLogger<SpeechSink>()), new CueOptions());

    private static ICoachingSink Athlete(GroupVoice group, string name)
    {
        var sink = group.For(name)!;
        sink.OnStarted(new SessionStart(DateTimeOffset.UnixEpoch, Settings.ToPlan(), Settings, null, []));
        return sink;
    }

    /// <summary>Each athlete's event in turn; then waits (bounded) until <paramref name="said"/> utterances in all were spoken.</summary>
    private async Task Both(ICoachingSink[] athletes, CoachingEvent e, int said)
    {
        foreach (var athlete in athletes) athlete.OnEvent(e);
        await _voice.WhenCount(said);
    }

    [Fact]
    public async Task CountdownModeSaysTheGroupsCountdownAndGoOnceAndNoSplits()
    {
        await using var group = Group("countdown");
        ICoachingSink[] athletes = [Athlete(group, "ana"), Athlete(group, "ben"), Athlete(group, "cy")];

        await Both(athletes, new PhaseStarted(TimeSpan.Zero, Phase.Warmup, 0, 0), said: 0);
        await Both(athletes, new Countdown(TimeSpan.FromSeconds(590), 10), said: 1);
        await Both(athletes, new Countdown(TimeSpan.FromSeconds(597), 3), said: 2);
        await Both(athletes, new Countdown(TimeSpan.FromSeconds(598), 2), said: 3);
        await Both(athletes, new Countdown(TimeSpan.FromSeconds(599), 1), said: 4);
        await Both(athletes, new PhaseStarted(TimeSpan.FromSeconds(600), Phase.Rep, 1, 1), said: 5);
        // Each athlete's split and rest are theirs: the group hears none of them.
        foreach (var (athlete, split) in athletes.Zip([95.1, 98.7, 93.2]))
        {
            athlete.OnEvent(new RepCompleted(TimeSpan.FromSeconds(600 + split), 1, 1, split, 400));
            athlete.OnEvent(new PhaseStarted(TimeSpan.FromSeconds(600 + split), Phase.Rest, 1, 1));
        }
        // The countdown into rep 2 comes from whoever is due first; the others' same numbers are not said again.
        athletes[2].OnEvent(new Countdown(TimeSpan.FromSeconds(743), 10));
        athletes[0].OnEvent(new Countdown(TimeSpan.FromSeconds(745), 10));
        await _voice.WhenCount(6);
        await Both(athletes, new PhaseStarted(TimeSpan.FromSeconds(753), Phase.Rep, 1, 2), said: 7);

        Assert.Equal(["ten seconds", "three", "two", "one", "go", "ten seconds", "go"], _voice.Said);
    }

    [Fact]
    public async Task NamesModeSaysEachSplitAfterItsAthletesName()
    {
        await using var group = Group("names");
        ICoachingSink[] athletes = [Athlete(group, "ana"), Athlete(group, "ben")];

        await Both(athletes, new PhaseStarted(TimeSpan.Zero, Phase.Warmup, 0, 0), said: 0);
        await Both(athletes, new Countdown(TimeSpan.FromSeconds(597), 3), said: 1);
        await Both(athletes, new PhaseStarted(TimeSpan.FromSeconds(600), Phase.Rep, 1, 1), said: 2);
        athletes[1].OnEvent(new RepCompleted(TimeSpan.FromSeconds(693.2), 1, 1, 93.2, 400));
        await _voice.WhenCount(3);
        athletes[0].OnEvent(new RepCompleted(TimeSpan.FromSeconds(696.4), 1, 1, 96.4, 400));
        await _voice.WhenCount(4);

        Assert.Equal(["three", "go",
            "ben, one minute thirty-three point two, two point eight seconds fast, rest sixty",
            "ana, one minute thirty-six point four, zero point four seconds slow, rest sixty"], _voice.Said);
    }

    [Fact]
    public async Task OffGivesNoAthleteAVoice()
    {
        await using var group = Group("off");
        Assert.Null(group.For("ana"));
        Assert.Null(group.Queue);
    }
}
