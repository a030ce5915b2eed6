using System.Text.Json;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Review;
using PaceLink.Service.Export.Fit;
using PaceLink.Service.Tests.Support;

namespace PaceLink.Service.Tests.Export;

/// <summary>
/// When things happen in an activity FIT, as Garmin's FIT SDK reads it: local time, message order,
/// speed at the instant of the distance, stride length and the timer around a pause.
/// </summary>
public class GarminFitSdkTimingTests
{
    // A pod at 0.8 Hz sends at 188.75 s (standing, 0 m/s) and 190.0 s (running, 4 m/s): the rep
    // starts from standing between two whole seconds. Without a distance counter the distance
    // rises from 188.75 s on.
    private static readonly ScriptedSession Script = new ScriptedSession { PodHz = 0.8, SendsTotalDistance = false }
        .Warmup(30, 3)
        .Rep(1, 1, speed: 4, peakHeartRate: 170)
        .Rest(1, 1, 60)
        .Rep(1, 2, speed: 4, peakHeartRate: 172)
        .Cooldown(40, 2.5);

    private static readonly SessionReview Review = SessionAnalyzer.Analyze(Script.ToInput());

    private static JsonElement Decode(FitActivity activity)
    {
        var fit = GarminFitSdk.Decode(FitActivityWriter.Write(activity));
        Assert.True(fit.GetProperty("integrity").GetBoolean());
        Assert.Empty(fit.GetProperty("errors").EnumerateArray());
        return fit;
    }

    private static double Seconds(JsonElement m, string field) =>
        (DateTimeOffset.Parse(m.GetProperty(field).GetString()!, System.Globalization.CultureInfo.InvariantCulture) - Script.StartedUtc).TotalSeconds;

    [Fact]
    public void TheActivitysLocalTimestampIsItsTimestampPlusTheLocalOffset()
    {
        var fit = Decode(FitActivity.Of(Review) with { LocalOffset = TimeSpan.FromHours(5.5) });

        var activity = fit.Messages("activityMesgs").Single();
        var utc = (long)Seconds(activity, "timestamp") + (long)(Script.StartedUtc - FitActivityWriter.Epoch).TotalSeconds;
        Assert.Equal(utc + 5 * 3600 + 1800, activity.GetProperty("localTimestamp").GetInt64());
    }

    [Fact]
    public void TimestampedMessagesComeInTimeOrderAndEachLapAfterTheRecordsItSummarises()
    {
        var fit = Decode(FitActivity.Of(Review));
        var order = fit.GetProperty("order").EnumerateArray().ToList();
        var times = order.Where(o => o.GetProperty("timestamp").ValueKind == JsonValueKind.String)
            .Select(o => DateTimeOffset.Parse(o.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(times.OrderBy(t => t), times);
        var laps = fit.Messages("lapMesgs");
        var lapAt = 0;
        var recordsBefore = 0;
        foreach (var o in order)
        {
            var num = o.GetProperty("mesgNum").GetInt32();
            if (num == FitMessages.RecordNumber) recordsBefore++;
            if (num != FitMessages.LapNumber) continue;
            // The records written before the lap reach its end: every whole second up to it.
            var end = Seconds(laps[lapAt++], "timestamp");
            Assert.True(recordsBefore >= (int)Math.Floor(end - 0.5) + 1, $"lap {lapAt} ending at {end} s came after only {recordsBefore} records");
        }
        Assert.Equal(laps.Count, lapAt);
    }

    [Fact]
    public void SpeedIsTakenAtTheInstantOfTheDistanceSoItRisesWithTheDistanceAtARepStart()
    {
        var records = Decode(FitActivity.Of(Review)).Messages("recordMesgs")
            .Where(r => r.TryGetProperty("speed", out _)).ToList();
        double Speed(int s) => records.Single(r => Math.Abs(Seconds(r, "timestamp") - s) < 0.01).GetProperty("speed").GetDouble();

        // 189 s lies a fifth of the way from the pod's 0 m/s at 188.75 s to its 4 m/s at 190.0 s.
        Assert.Equal(0.8, Speed(189), 3);
        for (var i = 1; i < records.Count; i++)
        {
            var moved = records[i].GetProperty("distance").GetDouble() - records[i - 1].GetProperty("distance").GetDouble();
            var speeds = records[i - 1].GetProperty("speed").GetDouble() + records[i].GetProperty("speed").GetDouble();
            Assert.True(moved < 0.01 || speeds > 0, $"the distance rose {moved:0.00} m into {Seconds(records[i], "timestamp")} s at a speed of 0");
            Assert.True(moved > 0.01 || speeds == 0, $"a speed of {speeds / 2:0.00} m/s at {Seconds(records[i], "timestamp")} s while the distance stood still");
        }
    }

    [Fact]
    public void RecordsAndLapsCarryThePodsStrideAsStepLengthAndCadenceInStridesWithItsFraction()
    {
        var fit = Decode(FitActivity.Of(Review));
        var running = fit.Messages("recordMesgs").Where(r => r.TryGetProperty("speed", out var v) && v.GetDouble() >= 3.9).ToList();

        Assert.NotEmpty(running);
        // The script's pod sends 180 steps/min and a stride of speed × 60 / 180 in 1/100 m: 1.33 m at 4 m/s.
        Assert.All(running.Where(r => r.TryGetProperty("stepLength", out _)), r => Assert.Equal(1330, r.GetProperty("stepLength").GetDouble(), 0));
        Assert.True(running.Count(r => r.TryGetProperty("stepLength", out _)) >= running.Count - 2);
        Assert.All(running, r => Assert.Equal(90, r.GetProperty("cadence").GetInt32()));
        Assert.All(running, r => Assert.Equal(0, r.GetProperty("fractionalCadence").GetDouble()));
        var repLap = fit.Messages("lapMesgs").First(l => l.GetProperty("intensity").GetString() == "active");
        Assert.Equal(1330, repLap.GetProperty("avgStepLength").GetDouble(), 0);
        Assert.Equal(90, repLap.GetProperty("avgCadence").GetInt32());
        Assert.True(fit.Messages("sessionMesgs").Single().TryGetProperty("avgStepLength", out _));
    }

    [Fact]
    public void APauseStopsTheTimerAndItsResumeStartsItAgainAndTimerTimesLeaveItOut()
    {
        var pause = new FitPause(TimeSpan.FromSeconds(150), TimeSpan.FromSeconds(170)); // in the first rest
        var fit = Decode(FitActivity.Of(Review) with { Pauses = [pause] });

        var timer = fit.Messages("eventMesgs").Where(e => e.GetProperty("event").GetString() == "timer")
            .Select(e => (At: Seconds(e, "timestamp"), Type: e.GetProperty("eventType").GetString())).ToList();
        Assert.Equal([(0, "start"), (150, "stopAll"), (170, "start"), (Math.Round(Review.Totals.DurationSeconds), "stopAll")],
            timer.Select(t => (Math.Round(t.At), t.Type)).ToList());
        var rest = fit.Messages("lapMesgs").Single(l => l.GetProperty("intensity").GetString() == "rest");
        Assert.Equal(60, rest.GetProperty("totalElapsedTime").GetDouble(), 3);
        Assert.Equal(40, rest.GetProperty("totalTimerTime").GetDouble(), 3);
        var session = fit.Messages("sessionMesgs").Single();
        Assert.Equal(session.GetProperty("totalElapsedTime").GetDouble() - 20, session.GetProperty("totalTimerTime").GetDouble(), 3);
        Assert.Equal(session.GetProperty("totalTimerTime").GetDouble(), fit.Messages("activityMesgs").Single().GetProperty("totalTimerTime").GetDouble(), 3);
    }

    [Fact]
    public void PausesRunFromAPauseToTheNextResumeOrToTheEnd()
    {
        static TimeSpan s(double seconds) => TimeSpan.FromSeconds(seconds);
        var pauses = FitActivity.PausesOf(
            [(s(10), CoachCommand.Pause), (s(12), CoachCommand.Pause), (s(20), CoachCommand.Resume), (s(25), CoachCommand.Resume), (s(40), CoachCommand.Lap), (s(50), CoachCommand.Pause)],
            s(60));

        Assert.Equal([new FitPause(s(10), s(20)), new FitPause(s(50), s(60))], pauses);
    }
}
