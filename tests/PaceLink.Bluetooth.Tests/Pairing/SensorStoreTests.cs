using PaceLink.Bluetooth.Pairing;
using PaceLink.Core.Pipeline;

namespace PaceLink.Bluetooth.Tests.Pairing;

public sealed class SensorStoreTests : IDisposable
{
    private readonly TempFolder _folder = new("store");
    private SensorStore Store => new(Path.Combine(_folder.Path, "nested", "sensors.json"));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void NoFileMeansNoSensors() => Assert.Empty(Store.Load());

    [Fact]
    public void ARememberedSensorIsLoadedBackExactly()
    {
        var pod = new SensorInfo("pod", SensorKind.Rsc, "Stryd", "C0:FF:EE:00:00:01");

        Store.Remember(pod);

        Assert.Equal([pod], Store.Load());
    }

    [Fact]
    public void TheFileIsReadableByItsUserOnly()
    {
        Store.Remember(new SensorInfo("pod", SensorKind.Rsc, "Stryd", "C0:FF:EE:00:00:01"));
        Store.Remember(new SensorInfo("hr", SensorKind.Hr, "HRM", "C0:FF:EE:00:00:02"));
        var file = Path.Combine(_folder.Path, "nested", "sensors.json");

        // On Windows the user's profile folder's ACL protects it; elsewhere the file's own mode does.
        if (OperatingSystem.IsWindows()) Assert.True(File.Exists(file));
        else Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public void PairingASecondPodReplacesTheFirstButKeepsTheStrap()
    {
        var strap = new SensorInfo("hr", SensorKind.Hr, "HRM", "C0:FF:EE:00:00:02");
        Store.Remember(new SensorInfo("pod", SensorKind.Rsc, "Old", "C0:FF:EE:00:00:01"));
        Store.Remember(strap);

        var replaced = Store.Remember(new SensorInfo("pod", SensorKind.Rsc, "New", "C0:FF:EE:00:00:09"));

        Assert.Equal("Old", replaced?.Name);
        Assert.Equal(["New", "HRM"], Store.Load().Select(s => s.Name));
    }

    [Fact]
    public void ForgettingIgnoresTheCaseOfTheAddress()
    {
        Store.Remember(new SensorInfo("hr", SensorKind.Hr, "HRM", "C0:FF:EE:00:00:02"));

        Assert.True(Store.Forget("c0:ff:ee:00:00:02"));
        Assert.False(Store.Forget("c0:ff:ee:00:00:02"));
        Assert.Empty(Store.Load());
    }

    [Fact]
    public void ADamagedFileIsReportedWithItsPathAndNotOverwritten()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Store.Path)!);
        File.WriteAllText(Store.Path, "[1, 2");

        var error = Assert.Throws<SensorStoreException>(() => Store.Remember(new SensorInfo("hr", SensorKind.Hr)));

        Assert.Contains(Store.Path, error.Message);
        Assert.Equal("[1, 2", File.ReadAllText(Store.Path));
    }
}
