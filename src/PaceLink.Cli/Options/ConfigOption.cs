using System.CommandLine;
using PaceLink.Bluetooth.Pairing;

namespace PaceLink.Cli.Options;

/// <summary>--config-dir: where sensors.json lives (default: PACELINK_CONFIG_DIR, else the user configuration folder).</summary>
internal sealed class ConfigOption
{
    public Option<string?> Folder { get; } = new("--config-dir") { Description = "folder of sensors.json (default: $PACELINK_CONFIG_DIR or ~/.config/pacelink)" };

    public void AddTo(Command command) => command.Options.Add(Folder);

    public SensorStore Store(ParseResult result) =>
        result.GetValue(Folder) is { Length: > 0 } folder ? new SensorStore(Path.Combine(folder, "sensors.json")) : SensorStore.ForUser();
}
