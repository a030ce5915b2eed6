using System.Text.Json;
using PaceLink.Core.Gatt;
using PaceLink.Core.Review;
using PaceLink.Service.Export.Fit;
using PaceLink.Service.Reports;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Export;

/// <summary>A simulated session's activity FIT, as Garmin's own FIT SDK reads it.</summary>
public sealed class GarminFitSdkActivityTests : IDisposable
{
    private readonly SimulatedSessionHarness _harness = new();
    private readonly ReplayedSession _session;
    private readonly JsonElement _fit;

    public GarminFitSdkActivityTests()
    {
        _harness.RunToEnd();
        var loaded = ReviewLoader.Load(_harness.TracePath);
        Assert.True(loaded.Ok, loaded.Error);
        _session = loaded.Session!;
        _fit = GarminFitSdk.Decode(FitActivityWriter.Write(FitActivity.From(_session)));
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void TheSdkFindsNoErrorsAndTheIntegrityHolds()
    {
        Assert.True(_fit.GetProperty("isFit").GetBoolean());
        Assert.True(_fit.GetProperty("integrity").GetBoolean());
        Assert.Empty(_fit.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public void LapsSumToTheSessionDistanceAndToTheLastRecord()
    {
        var laps = _fit.Messages("lapMesgs").Sum(l => l.GetProperty("totalDistance").GetDouble());
        var session = _fit.Messages("sessionMesgs").Single().GetProperty("totalDistance").GetDouble();
        var lastRecord = _fit.Messages("recordMesgs").Last(r => r.TryGetProperty("distance", out _)).GetProperty("distance").GetDouble();

        Assert.InRange(Math.Abs(laps - session), 0, 1);
        Assert.InRange(Math.Abs(lastRecord - session), 0, 1);
    }

    [Fact]
    public void EveryRrIntervalOfTheTraceIsInTheHrvMessages()
    {
        var traceRr = _session.Trace.Notifications
            .Where(n => n.Characteristic == GattIds.HeartRateMeasurement)
            .Sum(n => HeartRateMeasurement.TryParse(n.Payload, out var hr) ? hr.RrIntervals.Count : 0);
        var fileRr = _fit.Messages("hrvMesgs").SelectMany(h => h.GetProperty("time").EnumerateArray()).ToList();

        Assert.True(traceRr > 100, $"the simulated strap sent {traceRr} RR intervals");
        Assert.Equal(traceRr, fileRr.Count);
        Assert.All(fileRr, rr => Assert.InRange(rr.GetDouble(), 0.25, 2.0));
    }

    [Fact]
    public void DeviceInfoNamesBothSensorsAndPaceLinkIsTheCreator()
    {
        var devices = _fit.Messages("deviceInfoMesgs");
        Assert.Contains(devices, d => d.TryGetProperty("bleDeviceType", out var t) && t.GetString() == "footpod");
        Assert.Contains(devices, d => d.TryGetProperty("bleDeviceType", out var t) && t.GetString() == "heartRate");
        Assert.All(devices.Where(d => d.TryGetProperty("bleDeviceType", out _)), d =>
        {
            Assert.Equal("bluetoothLowEnergy", d.GetProperty("sourceType").GetString());
            Assert.False(string.IsNullOrEmpty(d.GetProperty("productName").GetString()));
        });
        var creator = devices.Single(d => d.GetProperty("deviceIndex").ToString() == "creator");
        Assert.Equal("PaceLink", creator.GetProperty("productName").GetString());
        Assert.Single(_fit.Messages("fileCreatorMesgs"));
    }

    [Fact]
    public void EveryLapPointsAtItsWorkoutStepWithTheRightIntensityAndTrigger()
    {
        var laps = _fit.Messages("lapMesgs");
        var steps = _fit.Messages("workoutStepMesgs");
        Assert.Equal(_session.Plan.Steps.Count, steps.Count);
        Assert.Single(_fit.Messages("workoutMesgs"));

        foreach (var lap in laps)
        {
            var index = lap.GetProperty("wktStepIndex").GetInt32();
            var step = steps[index];
            Assert.Equal(step.GetProperty("intensity").GetString(), lap.GetProperty("intensity").GetString());
        }
        var reps = laps.Where(l => l.GetProperty("intensity").GetString() == "active").ToList();
        Assert.Equal(_session.Plan.Reps, reps.Count);
        Assert.All(reps, r => Assert.Equal("distance", r.GetProperty("lapTrigger").GetString()));
        Assert.All(laps.Where(l => l.GetProperty("intensity").GetString() == "rest"), r => Assert.Equal("time", r.GetProperty("lapTrigger").GetString()));
        Assert.Equal("Set 1 rep 2", steps[laps.First(l => l.GetProperty("intensity").GetString() == "active").GetProperty("wktStepIndex").GetInt32() + 2].GetProperty("wktStepName").GetString());
    }
}
