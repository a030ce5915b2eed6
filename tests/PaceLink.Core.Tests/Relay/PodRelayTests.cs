using PaceLink.Core.Gatt;
using PaceLink.Core.Relay;

namespace PaceLink.Core.Tests.Relay;

public class PodRelayTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static RscMeasurement Decode(byte[]? payload)
    {
        Assert.NotNull(payload);
        Assert.True(RscMeasurement.TryParse(payload, out var m));
        return m;
    }

    [Fact]
    public void TheRelayedPodStartsAtZeroAndPassesSpeedCadenceStrideAndStatusOn()
    {
        var relay = new PodRelay();
        // Flags 0x07 (stride, distance, running), 3.5 m/s (0x0380 / 256), 180 steps/min, stride 1.17 m, 1234.5 m already on the pod.
        byte[] pod = [0x07, 0x80, 0x03, 0xB4, 0x75, 0x00, 0x39, 0x30, 0x00, 0x00];

        var sent = relay.FromPod(S(0), pod);

        Assert.Equal([0x07, 0x80, 0x03, 0xB4, 0x75, 0x00, 0x00, 0x00, 0x00, 0x00], sent);
    }

    [Fact]
    public void TheTotalDistanceFollowsThePodsCounterFromTheRelaysStart()
    {
        var relay = new PodRelay();
        relay.FromPod(S(0), new RscMeasurement(4, 180, 1.3, 1000, true).ToArray());

        var sent = Decode(relay.FromPod(S(1), new RscMeasurement(4, 180, 1.3, 1004.1, true).ToArray()));

        Assert.Equal(4.1, sent.TotalDistanceMetres!.Value, 6);
        Assert.Equal(4.1, relay.TotalDistanceMetres, 6);
    }

    [Fact]
    public void CalibrationScalesSpeedStrideAndDistance()
    {
        // The pod reads 4 % long: it says 4.16 m/s and counts 4.16 m a second while the runner does 4.
        var relay = new PodRelay(calibration: 1 / 1.04);
        byte[]? last = null;
        for (var i = 0; i <= 400; i++)
            last = relay.FromPod(S(i * 0.25), new RscMeasurement(4.16, 180, 1.3 * 1.04, 500 + 4.16 * i * 0.25, true).ToArray());

        var sent = Decode(last);
        Assert.InRange(sent.TotalDistanceMetres!.Value, 400 * 0.995, 400 * 1.005);
        Assert.Equal(4.0, sent.SpeedMetresPerSecond, 2);
        Assert.Equal(1.3, sent.StrideLengthMetres!.Value, 2);
        Assert.Equal(180, sent.CadencePerMinute);
    }

    [Fact]
    public void ADropoutWhileThePodKeptCountingCarriesItsDistanceOver()
    {
        var relay = new PodRelay();
        relay.FromPod(S(0), new RscMeasurement(4, 180, null, 100, true).ToArray());
        relay.FromPod(S(1), new RscMeasurement(4, 180, null, 104, true).ToArray());

        // Out of range for 10 s; the pod counted on, so its counter is 40 m further when it is back.
        var back = Decode(relay.FromPod(S(11), new RscMeasurement(4, 180, null, 144, true).ToArray()));

        Assert.Equal(44, back.TotalDistanceMetres!.Value, 6);
    }

    [Fact]
    public void APodThatRestartedAtZeroNeverTakesTheRelayedDistanceBack()
    {
        var relay = new PodRelay();
        var distances = new List<double>();
        void Send(double t, double podTotal) => distances.Add(Decode(relay.FromPod(S(t), new RscMeasurement(4, 180, null, podTotal, true).ToArray())).TotalDistanceMetres!.Value);
        Send(0, 5000);
        Send(1, 5004);
        Send(2, 5008);
        // The pod's battery bounced: it comes back five seconds later counting from zero.
        Send(7, 0);
        Send(8, 4);
        Send(9, 8);

        Assert.Equal(distances.OrderBy(d => d), distances);
        Assert.Equal(8, distances[2], 6);
        Assert.Equal(8 + 4 * 5, distances[3], 6); // the silent five seconds at the last speed
        Assert.Equal(8 + 4 * 5 + 8, distances[5], 6);
    }

    [Fact]
    public void ASpeedOnlyPodGetsATotalDistanceFromItsSpeed()
    {
        var relay = new PodRelay();
        byte[]? last = null;
        for (var i = 0; i <= 60; i++)
            last = relay.FromPod(S(i), new RscMeasurement(4, 180, null, null, true).ToArray());

        var sent = Decode(last);

        Assert.Equal(240, sent.TotalDistanceMetres!.Value, 6);
        Assert.Equal(0x06, last![0]); // total distance now present, running
    }

    [Fact]
    public void ATreadmillsSpeedAndDistanceGoOutAsAPod()
    {
        var relay = new PodRelay();
        // FTMS flags 0x0004: speed (bit 0 clear) and total distance; 12.00 km/h; 2000 m on the console, then 2100 m.
        relay.FromTreadmill(S(0), [0x04, 0x00, 0xB0, 0x04, 0xD0, 0x07, 0x00]);

        var sent = relay.FromTreadmill(S(30), [0x04, 0x00, 0xB0, 0x04, 0x34, 0x08, 0x00]);

        // 12 km/h = 3.333 m/s = 853/256; no cadence; 100 m since the relay started; running.
        Assert.Equal([0x06, 0x55, 0x03, 0x00, 0xE8, 0x03, 0x00, 0x00], sent);
    }

    [Fact]
    public void ASlowBeltIsWalking()
    {
        var relay = new PodRelay();

        var sent = Decode(relay.FromTreadmill(S(0), [0x00, 0x00, 0xF4, 0x01])); // 5.00 km/h, speed only

        Assert.False(sent.IsRunning);
        Assert.Equal(0, sent.TotalDistanceMetres);
    }

    [Fact]
    public void WhatDoesNotDecodeIsNotRelayed()
    {
        var relay = new PodRelay();

        Assert.Null(relay.FromPod(S(0), [0x02, 0x00]));
        Assert.Null(relay.FromTreadmill(S(0), [0x01, 0x00])); // "more data": no speed in this fragment
        Assert.Equal(0, relay.TotalDistanceMetres);
    }

    [Fact]
    public void ACalibrationOfZeroIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PodRelay(0));

    [Fact]
    public void TheFeatureSaysStrideOnlyForAPodAndNoCalibrationProcedure()
    {
        Assert.Equal(new RscFeature(true, true, true, false, false), RelayFeatures.Feature(fromTreadmill: false));
        Assert.Equal(new RscFeature(false, true, true, false, false), RelayFeatures.Feature(fromTreadmill: true));
        Assert.Equal([0x02], RelayFeatures.Location(false).ToArray());
    }
}
