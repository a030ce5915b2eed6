using System.CommandLine;
using PaceLink.Cli.Control;

namespace PaceLink.Cli.Commands;

/// <summary>`pacelink lap`: end the current phase now (skip a rest, end the warm-up).</summary>
internal static class LapCommand
{
    public static Command Build(CliOutput io) =>
        ControlVerb.Post("lap", "End the current phase of the running session now (skips a rest, ends the warm-up).", "api/lap", io);
}
