using System.CommandLine;
using PaceLink.Cli.Control;

namespace PaceLink.Cli.Commands;

/// <summary>`pacelink pause`: hold the running session's clock.</summary>
internal static class PauseCommand
{
    public static Command Build(CliOutput io) =>
        ControlVerb.Post("pause", "Pause the running session.", "api/pause", io);
}
