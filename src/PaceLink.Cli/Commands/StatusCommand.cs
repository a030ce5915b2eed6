using System.CommandLine;
using PaceLink.Cli.Control;

namespace PaceLink.Cli.Commands;

/// <summary>`pacelink status`: what the running service is doing.</summary>
public static class StatusCommand
{
    public static Command Build(CliOutput io)
    {
        var connection = new ServiceConnection();
        var json = new Option<bool>("--json") { Description = "Print the service's status JSON as is." };
        var command = new Command("status", "Show the running service's session: phase, rep, pace, heart rate.") { json };
        connection.AddTo(command);
        command.SetAction((parse, ct) => ControlVerb.RunAsync(io, connection, parse, c => c.GetAsync("api/status", ct), parse.GetValue(json)));
        return command;
    }
}
