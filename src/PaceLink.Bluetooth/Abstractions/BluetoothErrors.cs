namespace PaceLink.Bluetooth.Abstractions;

/// <summary>
/// A Bluetooth failure with a message a user can act on. <see cref="IsTransient"/> says whether
/// trying again later can help (a device out of range) or not (no permission).
/// </summary>
public class BluetoothException(string message, bool isTransient, Exception? inner = null) : Exception(message, inner)
{
    public bool IsTransient { get; } = isTransient;
}

/// <summary>No Bluetooth adapter, or no Bluetooth service to reach it.</summary>
public sealed class NoAdapterException(string message, Exception? inner = null) : BluetoothException(message, true, inner);

/// <summary>The adapter exists but is switched off.</summary>
public sealed class AdapterOffException(string message) : BluetoothException(message, true);

/// <summary>The operating system refused access to Bluetooth.</summary>
internal sealed class BluetoothPermissionException(string message, Exception? inner = null) : BluetoothException(message, false, inner);

/// <summary>The platform does not know a device with this address (never seen, or removed).</summary>
public sealed class DeviceNotFoundException(string address, string message) : BluetoothException(message, true)
{
    public string Address { get; } = address;
}

/// <summary>A connected device lacks a service or characteristic PaceLink needs.</summary>
public sealed class ServiceMissingException(string message) : BluetoothException(message, false);

/// <summary>Connecting failed or the link dropped (out of range, switched off, timed out).</summary>
public sealed class DeviceUnreachableException(string message, Exception? inner = null) : BluetoothException(message, true, inner);

/// <summary>
/// The device answered a GATT request with an ATT error (<see cref="Code"/>, Bluetooth Core Vol 3 Part F 3.4.1.1).
/// Retrying does not help the ones that ask for pairing or are refused outright.
/// </summary>
internal sealed class GattProtocolException(byte code, string message, bool isTransient) : BluetoothException(message, isTransient)
{
    public byte Code { get; } = code;
}

/// <summary>No sensor is paired, so there is nothing to connect to.</summary>
public sealed class NoSensorsPairedException(string message) : BluetoothException(message, false);

/// <summary>The adapter or the Bluetooth service cannot act as a sensor (no LE peripheral role, BlueZ too old).</summary>
public sealed class PeripheralUnsupportedException(string message, Exception? inner = null) : BluetoothException(message, false, inner);

/// <summary>The adapter is already serving what was asked (another relay or emulator), or has no advertisement slot left.</summary>
public sealed class PeripheralBusyException(string message, Exception? inner = null) : BluetoothException(message, true, inner);
