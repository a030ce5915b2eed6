using System.CommandLine;
using PaceLink.Cli.Control;
using PaceLink.Cli.Options;
using PaceLink.Core.Text;

namespace PaceLink.Cli.Commands;

/// <summary>`pacelink status`: what the running service is doing.</summary>
public static class StatusCommand
{
    public static Command Build(CliOutput io)
    {
        var connection = new ServiceConnection();
        var json = new Option<bool>("--json") { Description = "Print the service's status JSON as is." };
        var units = new UnitsOption();
        var command = new Command("status", "Show the running service's session: phase, rep, pace, heart rate.") { json };
        units.AddTo(command);
        connection.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            // Without --units the line follows the session's own units, as the dashboard does.
            if (parse.GetValue(units.Units) is null) return await ControlVerb.RunAsync(io, connection, parse, c => c.GetAsync("api/status", ct), parse.GetValue(json));
            if (!units.TryResolve(parse, DistanceUnit.Kilometres, out var unit, out var error))
            {
                await io.Error.WriteLineAsync($"pacelink: {error}");
                return 1;
            }
            return await ControlVerb.RunAsync(io, connection, parse, c => c.GetAsync("api/status", ct), parse.GetValue(json), unit);
        });
        return command;
    }
}
