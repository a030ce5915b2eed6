using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PaceLink.Cli.Options;
using PaceLink.Cli.Rendering;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Review;
using PaceLink.Service.Calibration;

namespace PaceLink.Cli.Commands;

/// <summary>
/// <c>pacelink calibrate TRACE [--lap-length 400] [--save] [--json] [workout options]</c>: measures the foot
/// pod against a track of known lap length and reports its calibration factor with its spread across
/// reps; <c>--save</c> stores it for the trace's pod in the user configuration.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Build(CliOutput io)
    {
        var input = new TraceInput();
        var trustStops = new Option<bool>("--trust-stops") { Description = "also measure reps by where the runner stopped (only if they ran on to the line, not stopping at the cue)" };
        var lap = new Option<double>("--lap-length") { Description = "lap length in metres (400 for lane 1 of a standard track; see hardware-notes/track-calibration.md)", DefaultValueFactory = _ => 400 };
        var save = new Option<bool>("--save") { Description = "save the factor for this pod in the user configuration (PACELINK_CONFIG_DIR)" };
        var json = new Option<bool>("--json") { Description = "print the result as one JSON object" };
        var file = new Option<string?>("--calibration-file") { Description = "where factors are saved (default: calibration.json in the user configuration folder, PACELINK_CONFIG_DIR)" };
        var autoRefine = new Option<string?>("--auto-refine") { Description = "on: live sessions may refine the saved factor from confident track reps; off: never" };
        autoRefine.AcceptOnlyFromAmong("on", "off");
        var command = new Command("calibrate", "Compute the foot pod's calibration factor from reps run on a track");
        input.AddTo(command);
        command.Options.Add(lap);
        command.Options.Add(trustStops);
        command.Options.Add(save);
        command.Options.Add(json);
        command.Options.Add(autoRefine);
        command.Options.Add(file);
        command.SetAction(result =>
        {
            var lapMetres = result.GetValue(lap);
            if (!(lapMetres is >= 50 and <= 1000))
            {
                io.Error.WriteLine($"error: --lap-length {lapMetres.ToString(CultureInfo.InvariantCulture)} is not a track lap; give metres between 50 and 1000");
                return 1;
            }
            if (input.Load(result, io) is not { } session) return 1;
            var calibration = PodCalibration.Estimate(session.Input.Samples, session.Input.Events, session.Laps, lapMetres);
            if (!Trustworthy(io, ref calibration, result.GetValue(trustStops))) return 1;
            if (result.GetValue(json)) io.Out.WriteLine(Json(calibration, session.Settings.Calibration));
            else Describe(io.Out, calibration, session.Settings.Calibration);
            if (calibration.Reps.Count == 0)
            {
                io.Error.WriteLine("error: no reps found: run laps at rep pace from a standing start on the line (see hardware-notes/track-calibration.md)");
                return 1;
            }
            var store = result.GetValue(file) is { } path ? new PodCalibrationStore(path) : PodCalibrationStore.ForUser();
            var code = result.GetValue(save) ? Save(io, store, session.Trace.Header.Sensors, calibration) : 0;
            return result.GetValue(autoRefine) is { } refine && code == 0 ? SetAutoRefine(io, store, refine == "on") : code;
        });
        return command;
    }

    /// <summary>
    /// Keeps the reps whose end is known from outside the pod: laps pressed at the line. Reps that
    /// ended where the runner stopped count only with --trust-stops, since a runner who stopped on
    /// the rep-end cue stopped where the pod itself said 400 m.
    /// </summary>
    private static bool Trustworthy(CliOutput io, ref CalibrationResult calibration, bool trustStops)
    {
        if (trustStops || calibration.Reps.Count == 0) return true;
        if (calibration.OnlyPodEnds)
        {
            io.Error.WriteLine("error: no rep was ended by a lap press at the line, so every rep ended where the pod itself said it did and the pod would only confirm itself; "
                + "press lap as you cross the line (or give --trust-stops if you ran on to the line and stopped there, not at the cue); see hardware-notes/track-calibration.md");
            return false;
        }
        var dropped = calibration.Reps.Count(r => !r.MarkedByLap);
        if (dropped > 0)
        {
            io.Error.WriteLine($"warning: {dropped} {(dropped == 1 ? "rep" : "reps")} without a lap press at the line left out (--trust-stops keeps them)");
            calibration = calibration.LappedOnly();
        }
        return true;
    }

    private static void Describe(TextWriter o, CalibrationResult c, double used)
    {
        var ci = CultureInfo.InvariantCulture;
        if (c.Reps.Count == 0) return;
        o.WriteLine(" set  rep   track m     pod m   factor  end");
        foreach (var r in c.Reps)
            o.WriteLine(string.Create(ci, $"{r.Set,4} {r.Rep,4} {r.TrackMetres,9:0.0} {r.PodMetres,9:0.0} {r.Factor,8:0.0000}  {(r.MarkedByLap ? "lap at the line" : "slow-down")}"));
        var longBy = (1 / c.Factor - 1) * 100;
        o.WriteLine(string.Create(ci, $"calibration factor {c.Factor:0.0000} (the pod reads {Math.Abs(longBy):0.0} % {(longBy >= 0 ? "long" : "short")}); spread {c.SpreadPercent:0.00} % over {c.Reps.Count} reps: {c.Confidence} confidence"));
        o.WriteLine(string.Create(ci, $"the session ran with --calibration {used:0.####}; use --calibration {c.Factor:0.0000} from now on"));
    }

    private static string Json(CalibrationResult c, double used)
    {
        static double? Finite(double v) => double.IsFinite(v) ? Math.Round(v, 5) : null;
        var json = new CalibrationJson(
            Factor: Finite(c.Factor),
            SpreadPct: Finite(c.SpreadPercent),
            Confidence: c.Confidence,
            CalibrationUsed: used,
            Reps: c.Reps.Select(r => new CalibrationRepJson(r.Set, r.Rep, r.TrackMetres, Math.Round(r.PodMetres, 2), Finite(r.Factor), r.MarkedByLap)));
        return JsonSerializer.Serialize(json, CliJson.Default.CalibrationJson);
    }

    private static int SetAutoRefine(CliOutput io, PodCalibrationStore store, bool on)
    {
        try
        {
            store.SetAutoRefine(on);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine($"error: cannot change automatic refinement: {e.Message}");
            return 1;
        }
        io.Error.WriteLine($"automatic refinement {(on ? "on" : "off")} in {store.Path}");
        return 0;
    }

    private static int Save(CliOutput io, PodCalibrationStore store, IReadOnlyList<SensorInfo> sensors, CalibrationResult c)
    {
        var pod = sensors.FirstOrDefault(s => s.Kind == SensorKind.Rsc && !string.IsNullOrEmpty(s.Address));
        if (pod is null)
        {
            io.Error.WriteLine("error: the trace does not name the foot pod's address, so the factor cannot be saved for it; pass --calibration to run instead");
            return 1;
        }
        try
        {
            store.Save(new PodCalibrationEntry(pod.Address!, pod.Name, Math.Round(c.Factor, 5), Math.Round(c.SpreadPercent, 3), c.Reps.Count, DateTimeOffset.UtcNow));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine($"error: cannot save the calibration: {e.Message}");
            return 1;
        }
        io.Error.WriteLine($"saved factor {c.Factor.ToString("0.0000", CultureInfo.InvariantCulture)} for {pod.Name ?? pod.Address} in {store.Path}");
        return 0;
    }
}
