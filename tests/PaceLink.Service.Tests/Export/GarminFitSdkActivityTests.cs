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

    [Fact]
    public void TheLocalOffsetIsTheExportZonesOffsetOnTheDayOfTheSession()
    {
        // A zone with summer time: the offset of the session's own day counts, not today's.
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday));
        var zone = TimeZoneInfo.CreateCustomTimeZone("test-zone", TimeSpan.FromHours(1), "test", "test", "test summer", [rule]);
        var expected = zone.GetUtcOffset(_session.Trace.Header.StartedUtc);

        var activity = FitActivity.From(_session, zone);
        var decoded = GarminFitSdk.Decode(FitActivityWriter.Write(activity)).Messages("activityMesgs").Single();

        Assert.Equal(expected, activity.LocalOffset);
        var utc = (long)(DateTimeOffset.Parse(decoded.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture) - FitActivityWriter.Epoch).TotalSeconds;
        Assert.Equal(utc + (long)expected.TotalSeconds, decoded.GetProperty("localTimestamp").GetInt64());
    }

    [Fact]
    public void TheCsvRowsCarryTheValuesAndRrIntervalsOfTheFitRecordsOfTheSameSecond()
    {
        var activity = FitActivity.From(_session);
        var text = new StringWriter();
        PaceLink.Service.Export.Csv.CsvWriter.Write(activity.Review, text, activity.RrIntervals);
        var lines = text.ToString().TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        int Column(string name) => Array.IndexOf(header, name);

        // The SDK's records and, after each, the hrv messages up to the next record: one second's RR.
        var records = _fit.Messages("recordMesgs");
        var hrv = _fit.Messages("hrvMesgs");
        var rrOfRecord = new List<List<int>>();
        var hrvAt = 0;
        foreach (var o in _fit.GetProperty("order").EnumerateArray())
        {
            var num = o.GetProperty("mesgNum").GetInt32();
            if (num == FitMessages.RecordNumber) rrOfRecord.Add([]);
            else if (num == FitMessages.HrvNumber)
                rrOfRecord[^1].AddRange(hrv[hrvAt++].GetProperty("time").EnumerateArray().Select(t => (int)Math.Round(t.GetDouble() * 1000)));
        }

        Assert.Equal("rr_ms", header[^1]);
        Assert.InRange(records.Count, rows.Count, rows.Count + 1);
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, record) = (rows[i], records[i]);
            Assert.Equal(record.GetProperty("timestamp").GetString(), row[Column("time_utc")]);
            Assert.Equal(record.GetProperty("distance").GetDouble(), Number(row[Column("distance_m")])!.Value, 2);
            Assert.Equal(Field(record, "speed"), Number(row[Column("speed_m_s")]));
            Assert.Equal(Field(record, "heartRate"), Number(row[Column("hr_bpm")]));
            var strides = Field(record, "cadence") + Field(record, "fractionalCadence");
            Assert.Equal(strides * 2, Number(row[Column("cadence_spm")]));
            var rr = row[Column("rr_ms")].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
            // The very last record may be the session's end between two seconds; its RR went with the last row.
            if (i < rows.Count - 1 || records.Count == rows.Count) Assert.Equal(rrOfRecord[i], rr);
        }
        Assert.Equal(rrOfRecord.Sum(r => r.Count), rows.Sum(r => r[Column("rr_ms")].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));
    }

    private static double? Field(JsonElement record, string name) => record.TryGetProperty(name, out var v) ? v.GetDouble() : null;

    private static double? Number(string cell) => cell.Length == 0 ? null : double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void EveryTcxTrackpointHasTheTimeAndDistanceOfTheFitRecordOfThatSecondAndNoTwoRecordsShareOne()
    {
        var tc = System.Xml.Linq.XNamespace.Get(PaceLink.Service.Export.Tcx.TcxWriter.Namespace);
        var tcx = System.Xml.Linq.XDocument.Load(new MemoryStream(TcxWriterTests.Tcx(_session.Analyze())));
        var records = _fit.Messages("recordMesgs").ToDictionary(r => r.GetProperty("timestamp").GetString()!, r => r.GetProperty("distance").GetDouble());
        var times = _fit.GetProperty("order").EnumerateArray().Where(o => o.GetProperty("timestamp").ValueKind == JsonValueKind.String)
            .Select(o => DateTimeOffset.Parse(o.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var points = tcx.Descendants(tc + "Trackpoint").ToList();

        Assert.True(points.Count > 1000, $"{points.Count} trackpoints");
        Assert.Equal(times.OrderBy(t => t), times);
        foreach (var point in points)
        {
            var time = (string)point.Element(tc + "Time")!;
            Assert.True(records.TryGetValue(time, out var distance), $"no FIT record at {time}");
            Assert.Equal(distance, (double)point.Element(tc + "DistanceMeters")!, 9);
        }
    }
}
