using PaceLink.Core.Gatt;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Relay;

namespace PaceLink.Core.Tests.Relay;

public class RelayMapperTests
{
    private static Notification N(double t, string sensor, ushort characteristic, params byte[] payload) =>
        new(TimeSpan.FromSeconds(t), sensor, characteristic, payload);

    [Fact]
    public void HeartRateGoesOutByteForByteWithItsRrIntervals()
    {
        var mapper = new RelayMapper(new RelayOptions());
        // Flags 0x10 (RR present), 152 bpm, RR 0x0190 and 0x018C (1/1024 s).
        byte[] strap = [0x10, 0x98, 0x90, 0x01, 0x8C, 0x01];

        var sent = mapper.Map(N(2, "hr", GattIds.HeartRateMeasurement, strap));

        Assert.NotNull(sent);
        Assert.Equal(strap, sent.Payload);
        Assert.Equal(("hr", GattIds.HeartRateService, GattIds.HeartRateMeasurement), (sent.Sensor, sent.Service, sent.Characteristic));
        Assert.Equal(TimeSpan.FromSeconds(2), sent.At);
    }

    [Fact]
    public void ThePodsMeasurementGoesOutAsTheRelayedPod()
    {
        var mapper = new RelayMapper(new RelayOptions { Calibration = 0.5 });

        var sent = mapper.Map(N(0, "pod", GattIds.RscMeasurement, 0x00, 0x00, 0x04, 0xB4)); // 4 m/s, 180

        Assert.NotNull(sent);
        Assert.Equal(("pod", GattIds.RunningSpeedAndCadenceService, GattIds.RscMeasurement), (sent.Sensor, sent.Service, sent.Characteristic));
        Assert.Equal([0x02, 0x00, 0x02, 0xB4, 0x00, 0x00, 0x00, 0x00], sent.Payload); // 2 m/s and a total distance from 0
    }

    [Fact]
    public void OnlyTheChosenSourceFeedsThePod()
    {
        var fromPod = new RelayMapper(new RelayOptions());
        var fromTreadmill = new RelayMapper(new RelayOptions { FromTreadmill = true });
        var pod = N(0, "pod", GattIds.RscMeasurement, 0x00, 0x00, 0x04, 0xB4);
        var belt = N(0, "treadmill", GattIds.TreadmillData, 0x00, 0x00, 0xB0, 0x04);

        Assert.NotNull(fromPod.Map(pod));
        Assert.Null(fromPod.Map(belt));
        Assert.Null(fromTreadmill.Map(pod));
        Assert.NotNull(fromTreadmill.Map(belt));
    }

    [Fact]
    public void WhatIsNotServedIsNotRelayed()
    {
        var hrOnly = new RelayMapper(new RelayOptions { Pod = false });
        var podOnly = new RelayMapper(new RelayOptions { HeartRate = false });

        Assert.Null(hrOnly.Map(N(0, "pod", GattIds.RscMeasurement, 0x00, 0x00, 0x04, 0xB4)));
        Assert.Null(hrOnly.Battery(TimeSpan.Zero, 80));
        Assert.Null(podOnly.Map(N(0, "hr", GattIds.HeartRateMeasurement, 0x00, 0x98)));
        Assert.Null(podOnly.Map(N(0, "pod", GattIds.CyclingPowerMeasurement, 0x00, 0x00, 0x10, 0x00)));
    }

    [Fact]
    public void AStrapPayloadThatDoesNotDecodeIsNotPassedOn() =>
        Assert.Null(new RelayMapper(new RelayOptions()).Map(N(0, "hr", GattIds.HeartRateMeasurement, 0x01, 0x98)));

    [Fact]
    public void ThePodsBatteryIsPassedThrough()
    {
        var sent = new RelayMapper(new RelayOptions()).Battery(TimeSpan.FromSeconds(5), 87);

        Assert.NotNull(sent);
        Assert.Equal(("pod", GattIds.BatteryService, GattIds.BatteryLevel), (sent.Sensor, sent.Service, sent.Characteristic));
        Assert.Equal([87], sent.Payload);
    }
}
