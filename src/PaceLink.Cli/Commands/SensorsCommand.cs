using System.CommandLine;
using PaceLink.Bluetooth.Pairing;
using PaceLink.Cli.Options;
using PaceLink.Core.Pipeline;

namespace PaceLink.Cli.Commands;

/// <summary><c>pacelink sensors</c>: the paired sensors `pacelink run` will use.</summary>
internal static class SensorsCommand
{
    public static Command Build(CliOutput io)
    {
        var config = new ConfigOption();
        var command = new Command("sensors", "List the paired sensors");
        config.AddTo(command);
        command.SetAction(result => Run(io, config.Store(result)));
        return command;
    }

    private static int Run(CliOutput io, SensorStore store)
    {
        try
        {
            var sensors = store.Load();
            if (sensors.Count == 0)
            {
                io.Out.WriteLine("No sensors paired. Find them with `pacelink scan`, then `pacelink pair ADDRESS --as footpod|hr`.");
                return 0;
            }
            foreach (var s in sensors)
                io.Out.WriteLine($"{SensorKindNames.CommandLineName(s.Kind),-10}{s.Address,-19}{s.Name ?? "(no name)"}");
            io.Out.WriteLine($"({store.Path})");
            return 0;
        }
        catch (SensorStoreException e)
        {
            io.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
