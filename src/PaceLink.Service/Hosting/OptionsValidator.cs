using System.Globalization;
using PaceLink.Core.Pipeline;
using PaceLink.Core.Units;

namespace PaceLink.Service.Hosting;

/// <summary>
/// Checks the configuration before anything starts, so a mistake gives one clear sentence per
/// problem instead of a stack trace minutes later. The messages are listed in docs/service.md.
/// </summary>
public static class OptionsValidator
{
    public static IReadOnlyList<ConfigError> Validate(PaceLinkOptions options)
    {
        var errors = new List<ConfigError>();
        errors.AddRange(EndpointCheck.Validate(options.Api));
        ValidateSensors(options.Sensors, errors);
        ValidateWorkout(options.Workout, "Workout", errors);
        ValidateSpeech(options.Speech, errors);
        ValidateWebhooks(options.Webhooks, errors);
        ValidateLog(options.Log, errors);
        if (DataFolderCheck.Problem(options.ResolvedDataFolder) is { } dataProblem)
            errors.Add(new ConfigError("DataFolder", dataProblem));
        return errors;
    }

    /// <summary>Parses a sensor kind as written in configuration (rsc, footpod, hr, power, treadmill).</summary>
    public static bool TryParseSensorKind(string? text, out SensorKind kind)
    {
        kind = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "rsc" or "footpod" or "foot-pod" or "pod": kind = SensorKind.Rsc; return true;
            case "hr" or "strap" or "heart-rate": kind = SensorKind.Hr; return true;
            case "power": kind = SensorKind.Power; return true;
            case "treadmill": kind = SensorKind.Treadmill; return true;
            default: return false;
        }
    }

    private static void ValidateSensors(List<SensorOptions> sensors, List<ConfigError> errors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sensors.Count; i++)
        {
            var s = sensors[i];
            var key = $"Sensors[{i}]";
            if (!TryParseSensorKind(s.Kind, out _))
                errors.Add(new ConfigError($"{key}.Kind", $"unknown sensor kind '{s.Kind}'; use rsc (foot pod), hr, power or treadmill"));
            if (string.IsNullOrWhiteSpace(s.Address))
                errors.Add(new ConfigError($"{key}.Address", "a paired sensor needs its Bluetooth address (run `pacelink scan`)"));
            if (s.Id is { } id && !ids.Add(id))
                errors.Add(new ConfigError($"{key}.Id", $"sensor id '{id}' is used twice"));
        }
    }

    /// <summary>Checks workout options; shared by the configuration and POST /api/session/start.</summary>
    public static void ValidateWorkout(WorkoutOptions w, string prefix, List<ConfigError> errors)
    {
        if (w.TargetPace is { } pace && !Pace.TryParse(pace, out _, out var paceError))
            errors.Add(new ConfigError($"{prefix}:TargetPace", paceError));
        if (w.Goal is { } goal && !TryParseGoal(goal, out var goalError))
            errors.Add(new ConfigError($"{prefix}:Goal", goalError));
        CheckDuration(w.Warmup, $"{prefix}:Warmup", errors);
        CheckDuration(w.Cooldown, $"{prefix}:Cooldown", errors);
        CheckDuration(w.SetRest, $"{prefix}:SetRest", errors);
        if (!double.IsFinite(w.Calibration) || w.Calibration is < 0.5 or > 1.5)
            errors.Add(new ConfigError($"{prefix}:Calibration",
                string.Create(CultureInfo.InvariantCulture, $"calibration {w.Calibration} is outside 0.5-1.5 (1.0 means the pod is right)")));
        if (string.IsNullOrWhiteSpace(w.Workout))
            errors.Add(new ConfigError($"{prefix}:Workout", "workout is empty; use 10k, half or a workout file"));
        else if (w.Workout is not ("10k" or "half") && !File.Exists(w.Workout))
            errors.Add(new ConfigError($"{prefix}:Workout", $"'{w.Workout}' is neither 10k, half nor an existing workout file"));
    }

    private static bool TryParseGoal(string goal, out string error)
    {
        error = "";
        var parts = goal.Split('=', 2);
        if (parts.Length != 2 || parts[0].Trim().Length == 0)
        {
            error = $"'{goal}' is not a race goal; write it like 10k=40:00 or half=1:30:00";
            return false;
        }
        if (!DurationText.TryParse(parts[1], out _, out var durationError))
        {
            error = $"race goal '{goal}': {durationError}";
            return false;
        }
        return true;
    }

    private static void CheckDuration(string? text, string key, List<ConfigError> errors)
    {
        if (text is not null && !DurationText.TryParse(text, out _, out var error))
            errors.Add(new ConfigError(key, error));
    }

    private static void ValidateSpeech(SpeechOptions s, List<ConfigError> errors)
    {
        if (s.Engine is not ("auto" or "espeak-ng" or "sapi" or "none"))
            errors.Add(new ConfigError("Speech:Engine", $"unknown speech engine '{s.Engine}'; use auto, espeak-ng, sapi or none"));
        if (s.QueueCapacity is < 1 or > 64)
            errors.Add(new ConfigError("Speech:QueueCapacity", "must be between 1 and 64 cues"));
    }

    private static void ValidateWebhooks(WebhookOptions w, List<ConfigError> errors)
    {
        for (var i = 0; i < w.Urls.Count; i++)
        {
            if (!Uri.TryCreate(w.Urls[i], UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                errors.Add(new ConfigError($"Webhooks:Urls[{i}]", $"'{w.Urls[i]}' is not an http:// or https:// URL"));
        }
        if (!double.IsFinite(w.TimeoutSeconds) || w.TimeoutSeconds is <= 0 or > 120)
            errors.Add(new ConfigError("Webhooks:TimeoutSeconds", "must be between 0 and 120 seconds"));
        if (w.Retries is < 0 or > 10)
            errors.Add(new ConfigError("Webhooks:Retries", "must be between 0 and 10"));
        if (w.QueueCapacity is < 1 or > 10_000)
            errors.Add(new ConfigError("Webhooks:QueueCapacity", "must be between 1 and 10000 events"));
    }

    private static void ValidateLog(LogOptions log, List<ConfigError> errors)
    {
        if (log.Format is not ("text" or "json"))
            errors.Add(new ConfigError("Log:Format", $"unknown log format '{log.Format}'; use text or json"));
    }
}
