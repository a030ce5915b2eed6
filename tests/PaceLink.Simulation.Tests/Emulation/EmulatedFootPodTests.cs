using PaceLink.Core.Gatt;
using PaceLink.Simulation.Emulation;

namespace PaceLink.Simulation.Tests.Emulation;

public class EmulatedFootPodTests
{
    private static byte[] Measured(double totalMetres) => new RscMeasurement(3.5, 180, 1.2, totalMetres, true).ToArray();

    private static ScControlPointResponse Write(EmulatedFootPod pod, byte[] request)
    {
        var answer = pod.Profile.Find(GattIds.ScControlPoint)!.Write!(request);
        Assert.True(ScControlPointResponse.TryParse(answer!, out var response));
        return response;
    }

    private static double? SentTotal(EmulatedFootPod pod, double measured)
    {
        Assert.True(RscMeasurement.TryParse(pod.Outgoing(Measured(measured)), out var sent));
        return sent.TotalDistanceMetres;
    }

    [Fact]
    public void MeasurementsGoOutUnchangedUntilACentralSetsTheCounter()
    {
        var pod = new EmulatedFootPod();

        Assert.Equal(Measured(1234.5), pod.Outgoing(Measured(1234.5)));
    }

    [Fact]
    public void SetCumulativeValueRestartsTheTotalDistanceFromTheRequestedValue()
    {
        var pod = new EmulatedFootPod();
        pod.Outgoing(Measured(500));

        var response = Write(pod, ScControlPoint.SetTotalDistance(0));

        Assert.Equal(ScResponseValue.Success, response.ResponseValue);
        Assert.Equal(ScOpCode.SetCumulativeValue, response.RequestOpCode);
        Assert.Equal(25.0, SentTotal(pod, 525));
    }

    [Fact]
    public void TheCounterWrapsAt32BitsAfterASetCumulativeValue()
    {
        var pod = new EmulatedFootPod();
        pod.Outgoing(Measured(0));
        Write(pod, ScControlPoint.SetCumulativeValue(uint.MaxValue));

        Assert.Equal(0.9, SentTotal(pod, 1));
    }

    [Fact]
    public void UpdateSensorLocationMovesThePodToASupportedPlaceOnly()
    {
        var pod = new EmulatedFootPod();

        Assert.Equal(ScResponseValue.Success, Write(pod, ScControlPoint.UpdateSensorLocation(SensorPlace.Hip)).ResponseValue);
        Assert.Equal([(byte)SensorPlace.Hip], pod.Profile.Find(GattIds.SensorLocation)!.Read!());
        Assert.Equal(ScResponseValue.InvalidParameter, Write(pod, ScControlPoint.UpdateSensorLocation(SensorPlace.RearHub)).ResponseValue);
        Assert.Equal(SensorPlace.Hip, pod.Place);
    }

    [Fact]
    public void AnUnknownOpCodeIsAnsweredAsNotSupported()
    {
        var response = Write(new EmulatedFootPod(), [0x07]);

        Assert.Equal(ScResponseValue.OpCodeNotSupported, response.ResponseValue);
    }

    [Fact]
    public void AnEmptyWriteIsRefused()
    {
        var write = new EmulatedFootPod().Profile.Find(GattIds.ScControlPoint)!.Write!;

        Assert.Throws<ArgumentException>(() => write([]));
    }

    [Fact]
    public void TheStrapOffersHeartRateMeasurementAndAChestLocation()
    {
        var strap = new EmulatedHeartStrap();

        Assert.Equal(GattIds.HeartRateService, strap.Profile.Service);
        Assert.Equal(["notify"], strap.Profile.Find(GattIds.HeartRateMeasurement)!.Flags);
        Assert.Equal([(byte)BodyLocation.Chest], strap.Profile.Find(GattIds.BodySensorLocation)!.Read!());
    }
}
