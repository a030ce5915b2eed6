using PaceLink.Core.Pipeline;
using PaceLink.Service.Logging;

namespace PaceLink.Service.Hosting;

/// <summary>
/// Checks the configuration before anything starts, so a mistake gives one clear sentence per
/// problem instead of a stack trace minutes later. The messages are listed in docs/service.md.
/// </summary>
internal static class OptionsValidator
{
    public static IReadOnlyList<ConfigError> Validate(PaceLinkOptions options)
    {
        var errors = new List<ConfigError>();
        errors.AddRange(EndpointCheck.Validate(options.Api));
        ValidateSensors(options.Sensors, errors);
        if (!WorkoutSettingsFactory.TryCreate(options.Workout, out _, out var workoutError, options.ConfigDir))
            errors.Add(new ConfigError("Workout", workoutError));
        ValidateSpeech(options.Speech, errors);
        errors.AddRange(options.Runner.Problems());
        ValidateRelay(options.Relay, errors);
        ValidateWebhooks(options.Webhooks, errors);
        CoachOptionsCheck.Validate(options, errors);
        ValidateLog(options.Log, errors);
        ValidateLevels(options.Serilog, errors);
        if (DataFolderCheck.Problem(options.ResolvedDataFolder) is { } dataProblem)
            errors.Add(new ConfigError("DataFolder", dataProblem));
        return errors;
    }

    /// <summary>Parses a sensor kind as written in configuration (rsc, footpod, hr, power, treadmill).</summary>
    public static bool TryParseSensorKind(string? text, out SensorKind kind) => SensorKindNames.TryParse(text, out kind);

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

    private static void ValidateSpeech(SpeechOptions s, List<ConfigError> errors)
    {
        if (s.Engine is not ("auto" or "espeak-ng" or "sapi" or "none"))
            errors.Add(new ConfigError("Speech:Engine", $"unknown speech engine '{s.Engine}'; use auto, espeak-ng, sapi or none"));
        if (s.QueueCapacity is < 1 or > 64)
            errors.Add(new ConfigError("Speech:QueueCapacity", "must be between 1 and 64 cues"));
        if (s.Rate is < 80 or > 450)
            errors.Add(new ConfigError("Speech:Rate", "must be between 80 and 450 words a minute"));
        if (s.Cues.CountdownFrom is < 0 or > 5)
            errors.Add(new ConfigError("Speech:Cues:CountdownFrom", "must be between 0 (no countdown) and 5 seconds"));
    }

    private static void ValidateRelay(RelayServiceOptions r, List<ConfigError> errors)
    {
        if (r.Adapter is { Length: > 0 } adapter && !Relay.RelaySetup.IsAdapterName(adapter))
            errors.Add(new ConfigError("Relay:Adapter", $"'{adapter}' is not an adapter name like hci1 (see `bluetoothctl list`)"));
        if (r.Calibration is { } c && (!double.IsFinite(c) || c <= 0))
            errors.Add(new ConfigError("Relay:Calibration", "must be a number above zero, like 0.97 (or left out to use the workout's)"));
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
        if (log.RetainedFiles < 1)
            errors.Add(new ConfigError("Log:RetainedFiles", "must be at least 1 (the number of daily log files kept)"));
        if (LogFileCheck.Problem(log.File) is { } problem)
            errors.Add(new ConfigError("Log:File", problem));
    }

    /// <summary>The levels must be Serilog's; sinks and enrichers can no longer come from configuration.</summary>
    private static void ValidateLevels(SerilogOptions serilog, List<ConfigError> errors)
    {
        foreach (var key in serilog.UnsupportedKeys())
            errors.Add(new ConfigError($"Serilog:{key}", "is not read: only Serilog:MinimumLevel is; log outputs are set with Log:Console, Log:File and Log:Format (see docs/service.md)"));
        if (!LogLevels.TryParse(serilog.MinimumLevel.Default, out _))
            errors.Add(new ConfigError("Serilog:MinimumLevel:Default", UnknownLevel(serilog.MinimumLevel.Default)));
        foreach (var (source, level) in serilog.MinimumLevel.Override)
            if (!LogLevels.TryParse(level, out _))
                errors.Add(new ConfigError($"Serilog:MinimumLevel:Override:{source}", UnknownLevel(level)));
    }

    private static string UnknownLevel(string? level) =>
        $"unknown log level '{level}'; use Verbose, Debug, Information, Warning, Error or Fatal";
}
