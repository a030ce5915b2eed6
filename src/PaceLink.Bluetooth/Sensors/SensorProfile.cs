using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;

namespace PaceLink.Bluetooth.Sensors;

/// <summary>
/// What PaceLink reads from each kind of sensor: the service, the measurement it notifies and,
/// when the kind has one, the characteristic saying where the sensor is worn.
/// </summary>
public sealed record SensorProfile(SensorKind Kind, string ServiceName, ushort Service, ushort Measurement, ushort? Location)
{
    public static readonly SensorProfile FootPod = new(SensorKind.Rsc, "Running Speed and Cadence", GattIds.RunningSpeedAndCadenceService, GattIds.RscMeasurement, GattIds.SensorLocation);
    public static readonly SensorProfile HeartRate = new(SensorKind.Hr, "Heart Rate", GattIds.HeartRateService, GattIds.HeartRateMeasurement, GattIds.BodySensorLocation);
    public static readonly SensorProfile Power = new(SensorKind.Power, "Cycling Power", GattIds.CyclingPowerService, GattIds.CyclingPowerMeasurement, GattIds.SensorLocation);
    public static readonly SensorProfile Treadmill = new(SensorKind.Treadmill, "Fitness Machine", GattIds.FitnessMachineService, GattIds.TreadmillData, null);

    public static IReadOnlyList<SensorProfile> All { get; } = [FootPod, HeartRate, Power, Treadmill];

    public static SensorProfile For(SensorKind kind) => All.First(p => p.Kind == kind);

    /// <summary>The kind whose service is among <paramref name="serviceIds"/>, if any.</summary>
    public static SensorProfile? ForServices(IEnumerable<ushort> serviceIds) => All.FirstOrDefault(p => serviceIds.Contains(p.Service));
}
