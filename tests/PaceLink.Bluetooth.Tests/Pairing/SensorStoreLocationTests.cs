using PaceLink.Bluetooth.Pairing;

namespace PaceLink.Bluetooth.Tests.Pairing;

/// <summary>Where pairing writes and coaching reads the paired sensors, in each install mode.</summary>
public sealed class SensorStoreLocationTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void WithoutVariablesTheStoreIsInTheUserConfigurationFolder()
    {
        var store = SensorStore.ForUser(Environment());
        Assert.Equal(Path.Combine(SensorStore.UserFolder(Environment()), "sensors.json"), store.Path);
        Assert.EndsWith(Path.Combine("pacelink", "sensors.json"), store.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void TheConfigFolderVariableMovesTheStore()
    {
        var store = SensorStore.ForUser(Environment((SensorStore.FolderVariable, "/srv/pacelink")));
        Assert.Equal(Path.Combine("/srv/pacelink", "sensors.json"), store.Path);
    }

    [Fact]
    public void TheSensorsFileVariableWinsSoAServiceWithItsOwnConfigFolderReadsWhatTheUserPaired()
    {
        // The Windows service keeps its token in a folder users cannot read (PACELINK_CONFIG_DIR);
        // the installer points both the service and every user's shell at one shared sensors file.
        const string shared = "/srv/pacelink-sensors/sensors.json";
        var service = SensorStore.ForUser(Environment((SensorStore.FolderVariable, "/srv/pacelink"), (SensorStore.FileVariable, shared)));
        var pairing = SensorStore.ForUser(Environment((SensorStore.FileVariable, shared)));

        Assert.Equal(shared, service.Path);
        Assert.Equal(service.Path, pairing.Path);
    }
}
