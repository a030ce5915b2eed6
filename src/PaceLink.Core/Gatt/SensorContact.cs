namespace PaceLink.Core.Gatt;

/// <summary>Heart-rate sensor contact: bit 1 of the flags only means something when bit 2 (supported) is set.</summary>
public enum SensorContact
{
    NotSupported,
    NotDetected,
    Detected,
}
