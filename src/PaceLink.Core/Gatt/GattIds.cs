namespace PaceLink.Core.Gatt;

/// <summary>16-bit Bluetooth SIG assigned numbers PaceLink knows.</summary>
public static class GattIds
{
    public const ushort HeartRateService = 0x180D;
    public const ushort RunningSpeedAndCadenceService = 0x1814;
    public const ushort CyclingPowerService = 0x1818;
    public const ushort FitnessMachineService = 0x1826;
    public const ushort BatteryService = 0x180F;

    public const ushort BatteryLevel = 0x2A19;
    public const ushort HeartRateMeasurement = 0x2A37;
    public const ushort BodySensorLocation = 0x2A38;
    public const ushort HeartRateControlPoint = 0x2A39;
    public const ushort RscMeasurement = 0x2A53;
    public const ushort RscFeature = 0x2A54;
    public const ushort ScControlPoint = 0x2A55;
    public const ushort SensorLocation = 0x2A5D;
    public const ushort CyclingPowerMeasurement = 0x2A63;
    public const ushort TreadmillData = 0x2ACD;

    /// <summary>"2a53" — the lower-case form used in traces and on the command line.</summary>
    public static string ToHex(ushort id) => id.ToString("x4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Accepts "2a37", "2A37", "0x2a37" and a full 128-bit SIG base UUID.</summary>
    public static bool TryParse(string? text, out ushort id)
    {
        id = 0;
        var s = text?.Trim() ?? "";
        if (s.Length == 36 && s.EndsWith("-0000-1000-8000-00805f9b34fb", StringComparison.OrdinalIgnoreCase) && s.StartsWith("0000", StringComparison.Ordinal))
            s = s.Substring(4, 4);
        if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) s = s[2..];
        return s.Length is > 0 and <= 4 &&
               ushort.TryParse(s, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out id);
    }

    /// <summary>The full 128-bit UUID string of a 16-bit SIG id.</summary>
    public static string ToUuid(ushort id) => $"0000{ToHex(id)}-0000-1000-8000-00805f9b34fb";
}
