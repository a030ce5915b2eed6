using PaceLink.Core.Workout;

namespace PaceLink.Service.Export.Fit;

/// <summary>
/// Writes a plan as a FIT workout file (file_id type 5) a watch can follow: the workout message
/// (running, track) and its steps, identical blocks folded into repeat steps.
/// </summary>
public static class FitWorkoutWriter
{
    private const byte FileTypeWorkout = 5;
    private const byte SubSportTrack = 4;
    private const ushort ManufacturerDevelopment = 255;

    public static byte[] Write(WorkoutPlan plan, double tolerance, DateTimeOffset created)
    {
        var fit = new FitEncoder();
        var time = FitActivityWriter.Time(created);
        fit.Define(FitMessages.FileId);
        // type, manufacturer, product and serial must be unique per file: the creation time serves as serial.
        fit.Write(FitMessages.FileId, FileTypeWorkout, ManufacturerDevelopment, 1, Math.Max(1, time), time);
        FitActivityWriter.WriteWorkout(fit, plan.Name, FitWorkoutSteps.WithRepeats(plan, tolerance), SubSportTrack);
        return fit.ToArray();
    }
}
