using System.Runtime.InteropServices;
using PaceLink.Core.Pipeline;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.Windows.Tests.Support;
using PaceLink.Bluetooth.WinRt.Seam;
using PaceLink.Bluetooth.Sensors;
using static PaceLink.Bluetooth.Windows.Tests.Support.WinRtRig;

namespace PaceLink.Bluetooth.Windows.Tests;

/// <summary>What WinRT failures become: the backend's typed errors, transient or not as retrying can help.</summary>
public sealed class ErrorTests
{
    private const int DeviceNotConnected = unchecked((int)0x8007048F);
    private readonly WinRtRig _rig = new();

    [Fact]
    public async Task AComExceptionFromWinRtBecomesATypedBluetoothError()
    {
        var pod = _rig.NewPod();
        pod.DiscoveryThrows = new COMException("The device is not connected.", DeviceNotConnected);
        _rig.Adapter.Open = (_, _) => pod;
        var device = await _rig.Bluetooth.GetDeviceAsync(PodAddress);

        var error = await Assert.ThrowsAsync<DeviceUnreachableException>(() => device.Gatt.ConnectAsync());
        Assert.True(error.IsTransient);
        Assert.IsType<COMException>(error.InnerException);
        Assert.True(pod.Disposed, "the BluetoothLEDevice of a failed connect was not disposed");
    }

    [Fact]
    public async Task AComExceptionWhileOpeningTheDeviceBecomesATypedBluetoothError()
    {
        _rig.Adapter.OpenThrows = new COMException("The device is not connected.", DeviceNotConnected);

        await Assert.ThrowsAsync<DeviceUnreachableException>(() => _rig.Bluetooth.GetDeviceAsync(PodAddress));
    }

    [Fact]
    public async Task AnAttErrorThrownAsAComExceptionKeepsItsCode()
    {
        var pod = _rig.NewPod();
        pod.DiscoveryThrows = new COMException("Insufficient authentication", unchecked((int)0x80650005));
        _rig.Adapter.Open = (_, _) => pod;
        var device = await _rig.Bluetooth.GetDeviceAsync(PodAddress);

        var error = await Assert.ThrowsAsync<GattProtocolException>(() => device.Gatt.ConnectAsync());
        Assert.Equal(0x05, error.Code);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task AnObjectClosedUnderneathAReadBecomesATypedBluetoothError()
    {
        _rig.Adapter.Open = (_, _) => _rig.Track(new FakeDevice("Pod", (Rsc, [new FakeCharacteristic(RscMeasurement, Notify | Read) { ReadThrows = new ObjectDisposedException("GattCharacteristic") }])));
        var device = await _rig.Bluetooth.GetDeviceAsync(PodAddress);
        await device.Gatt.ConnectAsync();
        var measurement = await (await device.Gatt.GetPrimaryServiceAsync(new BluetoothUuid(Rsc)))!.GetCharacteristicAsync(new BluetoothUuid(RscMeasurement));

        await Assert.ThrowsAsync<DeviceUnreachableException>(() => measurement!.ReadValueAsync());
    }

    [Fact]
    public void ASensorThatNeedsPairingEndsTheLinkWithTheProtocolErrorInsteadOfRetryingForever()
    {
        _rig.Adapter.Open = (_, _) =>
        {
            var pod = _rig.Track(_rig.NewPod());
            Measurement(pod).CccdStatus = new GattStatus(GattOutcome.ProtocolError, 0x05); // Insufficient Authentication
            return pod;
        };
        using var link = _rig.StartLink();
        _rig.Time.AdvanceBy(TimeSpan.FromSeconds(60));

        var last = _rig.Changes()[^1];
        Assert.Equal(LinkStatus.Failed, last.Status);
        Assert.Contains("0x05", last.Message, StringComparison.Ordinal);
        Assert.Contains("pair", last.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Single(_rig.Opened);
    }

    [Fact]
    public void AccessDeniedIsRetriedBecauseAnotherProgramMayHoldTheSensorForAWhile()
    {
        var denied = 2;
        _rig.Adapter.Open = (_, _) =>
        {
            var pod = _rig.Track(_rig.NewPod());
            if (denied-- > 0) pod.DiscoveryStatus = new GattStatus(GattOutcome.AccessDenied);
            return pod;
        };
        using var link = _rig.StartLink();
        _rig.Time.AdvanceBy(TimeSpan.FromSeconds(10));

        Assert.Equal([LinkStatus.Lost, LinkStatus.Connected], _rig.Changes().Select(c => c.Status));
    }

    [Fact]
    public async Task AccessDeniedDoesNotSendTheUserToPrivacySettingsThatDoNotApplyToDesktopPrograms()
    {
        var pod = _rig.NewPod();
        pod.DiscoveryStatus = new GattStatus(GattOutcome.AccessDenied);
        _rig.Adapter.Open = (_, _) => pod;
        var device = await _rig.Bluetooth.GetDeviceAsync(PodAddress);

        var error = await Assert.ThrowsAnyAsync<BluetoothException>(() => device.Gatt.ConnectAsync());
        Assert.DoesNotContain("Privacy", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(error.IsTransient);
    }
}
