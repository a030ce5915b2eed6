using System.CommandLine;
using PaceLink.Cli.Control;

namespace PaceLink.Cli.Commands;

/// <summary>`pacelink resume`: carry on after a pause.</summary>
internal static class ResumeCommand
{
    public static Command Build(CliOutput io) =>
        ControlVerb.Post("resume", "Resume the paused session.", "api/resume", io);
}
