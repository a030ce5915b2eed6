using System.Text.Json;
using PaceLink.Core.Coaching;
using PaceLink.Core.Engine;
using PaceLink.Core.Units;
using PaceLink.Service.Api;
using PaceLink.Service.Sessions;

namespace PaceLink.Service.Tests.Api;

/// <summary>The dashboard's bodies field by field, in order: the serialisation code is generated, the shape is a contract.</summary>
public class LiveJsonContractTests
{
    private static readonly LiveJson Json = new(_ => "");

    [Fact]
    public void ASnapshotKeepsEveryFieldInItsOrderRoundedAsDocumented()
    {
        var snapshot = new CoachingSnapshot
        {
            At = TimeSpan.FromSeconds(754.12345),
            Phase = Phase.Rep,
            Set = 2,
            Rep = 3,
            StepIndex = 5,
            RepDistanceMetres = 236.44,
            RepTargetMetres = 400,
            PhaseElapsed = TimeSpan.FromSeconds(56.78),
            CurrentPace = Pace.FromSecondsPerKm(241.237),
            TargetPace = Pace.FromSecondsPerKm(240),
            ProjectedSplitSeconds = 96.4949,
            TargetSplitSeconds = 96,
            HeartRate = 158,
            OffPace = PaceDirection.Slow,
            TotalDistanceMetres = 3012.34,
            Sensors = [new SensorHealth("pod", false, TimeSpan.Zero, 10, 0), new SensorHealth("hr", true, TimeSpan.Zero, 3, 0)],
        };

        Assert.Equal(
            """{"t":754.123,"phase":"rep","set":2,"rep":3,"rep_distance_m":236.4,"rep_length_m":400,"elapsed_s":56.8,"remaining_s":null,"pace_s_per_km":241.24,"target_pace_s_per_km":240,"projected_split_s":96.49,"target_split_s":96,"hr_bpm":158,"off_pace":"slow","total_distance_m":3012.3,"sensors":[{"sensor":"pod","lost":false},{"sensor":"hr","lost":true}],"paused":false,"done":false,"step":5}""",
            Json.Snapshot(snapshot));
    }

    [Fact]
    public void TheRepTableWritesMissingTargetsAndHeartRatesAsNull()
    {
        RepRow[] reps =
        [
            new(1, 2, 95.456, 400, 96) { AverageHeartRate = 161, MaxHeartRate = 170 },
            new(1, 3, 30, 0, null),
        ];

        Assert.Equal(
            """[{"set":1,"rep":2,"split_s":95.46,"distance_m":400,"pace_s_per_km":238.6,"target_split_s":96,"avg_hr_bpm":161,"max_hr_bpm":170},{"set":1,"rep":3,"split_s":30,"distance_m":0,"pace_s_per_km":0,"target_split_s":null,"avg_hr_bpm":null,"max_hr_bpm":null}]""",
            Json.Reps(reps));
    }

    [Fact]
    public void AStartBodyTakesNamesInAnyCaseAndNumbersWrittenAsStrings()
    {
        var body = JsonSerializer.Deserialize("""{"Target_Pace":"4:10","speed":"10","simulate":true}""", ApiJson.Default.StartBody);

        Assert.NotNull(body);
        Assert.Equal("4:10", body.TargetPace);
        Assert.Equal(10, body.Speed);
        Assert.True(body.Simulate);
    }

    [Fact]
    public void AStartBodyWithAnUnknownFieldIsRefused() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"target_pase":"4:10"}""", ApiJson.Default.StartBody));
}
