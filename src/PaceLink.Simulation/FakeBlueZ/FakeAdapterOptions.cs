namespace PaceLink.Simulation.FakeBlueZ;

/// <summary>What the fake's adapter (hci0) can do as a peripheral, to model the adapters and BlueZ versions a relay meets.</summary>
public sealed record FakeAdapterOptions
{
    /// <summary>Exports GattManager1 (a local GATT server) on the adapter.</summary>
    public bool GattServer { get; init; } = true;

    /// <summary>Exports LEAdvertisingManager1 on the adapter.</summary>
    public bool Advertising { get; init; } = true;

    /// <summary>
    /// An old bluetoothd: LEAdvertisingManager1 is there but RegisterAdvertisement is unknown
    /// (answers org.freedesktop.DBus.Error.UnknownMethod).
    /// </summary>
    public bool AdvertisingTooOld { get; init; }

    /// <summary>The controller's advertisement slots (LEAdvertisingManager1.SupportedInstances).</summary>
    public byte AdvertisementSlots { get; init; } = 4;

    /// <summary>Adapter1.Roles; null leaves the property out, as BlueZ releases before it did.</summary>
    public IReadOnlyList<string>? Roles { get; init; } = ["central", "peripheral", "central-peripheral"];
}
