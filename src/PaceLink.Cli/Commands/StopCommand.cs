using System.CommandLine;
using PaceLink.Cli.Control;

namespace PaceLink.Cli.Commands;

/// <summary>`pacelink stop`: end the session cleanly (trace flushed, summary written); the service keeps running.</summary>
internal static class StopCommand
{
    public static Command Build(CliOutput io) =>
        ControlVerb.Post("stop", "Stop the running session (the trace is kept); the service keeps running.", "api/stop", io);
}
