using PaceLink.Cli.Options;
using PaceLink.Service.Alerts.Speech;
using PaceLink.Service.Hosting;
using PaceLink.Service.Sessions;
using Spectre.Console;

namespace PaceLink.Cli.Hosting;

/// <summary>
/// What a live run takes from the machine: the wall clock, the pacing of virtual time, the
/// console and the data folder. Tests swap in a pacer that never waits and a plain console.
/// </summary>
public sealed record RunEnvironment
{
    /// <summary>The wall clock: the session start time and the display refresh.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Makes the pacer for a <c>--speed</c>; tests return one with infinite speed.</summary>
    public Func<double, WallClockPacer> Pacer { get; init; } = speed => new WallClockPacer(speed, TimeProvider.System);

    /// <summary>Folder for traces when <c>--trace</c> is not given.</summary>
    public Func<string> DataFolder { get; init; } = SessionFolder.Default;

    /// <summary>The session history every finished run is added to, so <c>pacelink history</c> lists it.</summary>
    public Func<string> HistoryPath { get; init; } = () => PaceLink.Service.History.SessionHistory.DefaultPath;

    /// <summary>The Speech section of the configuration (pacelink.json, PACELINK__ variables), as the service reads it.</summary>
    public Func<SpeechOptions> SpeechDefaults { get; init; } = ConfiguredSpeech;

    /// <summary>The speech engine for a choice; tests pass one that records or renders without speakers.</summary>
    public Func<SpeechChoice, ISpeechRenderer> Voice { get; init; } = c => SpeechEngines.For(c.Engine, c.Voice, c.Rate);

    /// <summary>The beeper for the countdown and rep ends.</summary>
    public Func<IBeeper> Beeper { get; init; } = () => new ToneBeeper();

    /// <summary>Whether the console may redraw in place; null detects it from the terminal.</summary>
    public bool? Interactive { get; init; }

    /// <summary>The real thing.</summary>
    public static RunEnvironment Default { get; } = new();

    private static SpeechOptions ConfiguredSpeech() => Configured().Speech;

    /// <summary>The configuration as the service reads it (pacelink.json, PACELINK__ variables); throws <see cref="ServiceConfigurationException"/>.</summary>
    public static PaceLinkOptions Configured()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationManager();
        ServiceConfiguration.Load(configuration, [], ConfigPaths.ConfigDir());
        return ServiceConfiguration.Bind(configuration);
    }

    /// <summary>A Spectre console over <paramref name="output"/>; <paramref name="plain"/> forces plain lines.</summary>
    public IAnsiConsole Console(TextWriter output, bool plain)
    {
        var interactive = plain ? false : Interactive;
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = interactive switch { true => InteractionSupport.Yes, false => InteractionSupport.No, null => InteractionSupport.Detect },
            Ansi = interactive == false ? AnsiSupport.No : AnsiSupport.Detect,
        });
    }
}
