namespace PaceLink.Bluetooth.BlueZ;

/// <summary>How to reach BlueZ and how long to wait for it.</summary>
public sealed record BlueZOptions
{
    /// <summary>The D-Bus address; null means the system bus (which honours DBUS_SYSTEM_BUS_ADDRESS).</summary>
    public string? BusAddress { get; init; }

    /// <summary>The adapter to use ("hci0"); null means the first one BlueZ lists.</summary>
    public string? AdapterName { get; init; }

    /// <summary>How long Device1.Connect may take.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long to wait, once connected, for BlueZ to resolve the device's services.</summary>
    public TimeSpan ServicesResolvedTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long any other BlueZ call may take.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Clock for the timeouts above (tests pass a fake one).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The service UUIDs BlueZ's discovery filter is told about: heart rate, RSC, cycling power, fitness machine.</summary>
    public static readonly IReadOnlyList<ushort> SensorServices = [0x180D, 0x1814, 0x1818, 0x1826];
}
