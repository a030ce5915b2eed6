namespace PaceLink.Bluetooth.Abstractions;

/// <summary>What a characteristic allows, as its GATT declaration says.</summary>
[Flags]
public enum GattCharacteristicProperties
{
    None = 0,
    Broadcast = 0x01,
    Read = 0x02,
    WriteWithoutResponse = 0x04,
    Write = 0x08,
    Notify = 0x10,
    Indicate = 0x20,
    AuthenticatedSignedWrites = 0x40,
    ExtendedProperties = 0x80,
}
