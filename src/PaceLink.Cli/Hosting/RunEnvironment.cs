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

    /// <summary>Whether the console may redraw in place; null detects it from the terminal.</summary>
    public bool? Interactive { get; init; }

    /// <summary>The real thing.</summary>
    public static RunEnvironment Default { get; } = new();

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
