using Microsoft.Extensions.Logging;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Service.Alerts.Speech;
using PaceLink.Service.Hosting;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Coach;

/// <summary>
/// The one loudspeaker of a group (Coach:Speech). Per-athlete cues would talk over each other, so
/// the group hears its countdown into each step and "go" once, whichever athlete reaches it first,
/// and in <c>names</c> mode also each athlete's split after their name ("ben, one minute forty
/// point three, …"). <c>off</c> says nothing. Every athlete's session gets its own
/// <see cref="For">sink</see>, which words that athlete's cues; one speech worker says them in turn.
/// </summary>
internal sealed class GroupVoice : IAsyncDisposable
{
    private readonly SpeechSink? _speaker;
    private readonly bool _names;
    private readonly Lock _gate = new();
    private readonly HashSet<(int Step, string Text)> _said = [];
    private int _live;

    /// <summary>A group voice speaking through <paramref name="speaker"/> in <paramref name="mode"/> (countdown, names, off).</summary>
    public GroupVoice(string mode, SpeechSink? speaker, CueOptions service)
    {
        _names = mode == "names";
        _speaker = mode is "countdown" or "names" ? speaker : null;
        Cues = new CueOptions
        {
            // The countdown and go, as the service's own voice is set up to say them; nothing per runner.
            TenSeconds = service.TenSeconds,
            CountdownFrom = service.CountdownFrom,
            Go = service.Go,
            RepSplit = _names,
            RepPreview = false,
            RestMinutes = false,
            HalfwaySplit = false,
            Pace = false,
            Sensors = false,
            Phases = false,
            End = false,
        };
    }

    /// <summary>The group voice the configuration asks for; silent when Coach:Speech is off or speech is switched off.</summary>
    public static GroupVoice Create(PaceLinkOptions options, HostOverrides overrides, TimeProvider time, ILoggerFactory logs)
    {
        var speech = options.Speech;
        SpeechSink? speaker = null;
        if (options.Coach.Speech != "off" && speech.Enabled && speech.Engine != "none")
        {
            var voice = overrides.Voice ?? SpeechEngines.For(speech.Engine, speech.Voice, speech.Rate);
            var beeper = overrides.Beeper ?? new ToneBeeper();
            speaker = new SpeechSink(speech.Cues, voice, beeper, speech.Beeps, speech.QueueCapacity, time, logs.CreateLogger<SpeechSink>());
        }
        return new GroupVoice(options.Coach.Speech, speaker, speech.Cues);
    }

    /// <summary>Which cues an athlete's session words for the group.</summary>
    public CueOptions Cues { get; }

    /// <summary>The sink for <paramref name="athlete"/>'s sessions; null when the group is silent.</summary>
    public ICoachingSink? For(string athlete) => _speaker is null ? null : new AthleteVoice(this, athlete);

    /// <summary>The speaker's queue (for tests and drops).</summary>
    public CueQueue? Queue => _speaker?.Queue;

    private void Started()
    {
        lock (_gate)
        {
            // A new group run: what the last one said is forgotten.
            if (_live++ == 0) _said.Clear();
        }
    }

    private void Ended()
    {
        lock (_gate) _live = Math.Max(0, _live - 1);
    }

    /// <summary>Queues <paramref name="cue"/>; a countdown or go already said for this step by another athlete is not said again.</summary>
    private void Say(string athlete, int step, Cue cue)
    {
        if (cue.Kind is CueKind.Countdown or CueKind.Go)
        {
            lock (_gate)
            {
                if (!_said.Add((step, cue.Text))) return;
            }
            _speaker!.Queue.Add(cue);
            return;
        }
        _speaker!.Queue.Add(cue with { Text = athlete + ", " + cue.Text });
    }

    public async ValueTask DisposeAsync()
    {
        if (_speaker is not null) await _speaker.DisposeAsync();
    }

    /// <summary>One athlete's session as the group voice hears it.</summary>
    private sealed class AthleteVoice(GroupVoice group, string athlete) : ICoachingSink
    {
        private CueBuilder _cues = new(null, group.Cues);
        private PaceLink.Core.Workout.WorkoutPlan? _plan;
        private int _step = -1;

        public string Name => "group-speech";

        public void OnStarted(SessionStart start)
        {
            _plan = start.Plan;
            _step = -1;
            _cues = CueBuilder.For(start.Plan, group.Cues, start.Settings.Units);
            group.Started();
        }

        public void OnPhaseEnded(PhaseSummary summary) => _cues.OnPhaseEnded(summary);

        public void OnEvent(CoachingEvent cue)
        {
            if (cue is PhaseStarted started) _step = _plan?.IndexOf(started.Phase, started.Set, started.Rep) ?? -1;
            if (_cues.For(cue) is { } words) group.Say(athlete, _step, words);
        }

        public void OnEnded(SessionSummary summary) => group.Ended();
    }
}
