namespace PaceLink.Service.Hosting;

/// <summary>
/// Everything `pacelink serve` reads from configuration (appsettings.json, pacelink.json,
/// PACELINK__ environment variables, command line). Validated by <see cref="OptionsValidator"/>.
/// </summary>
public sealed class PaceLinkOptions
{
    public ApiOptions Api { get; set; } = new();

    /// <summary>Folder for traces and summaries; empty means the platform default (~/.local/share/pacelink/sessions, as `pacelink run`).</summary>
    public string? DataFolder { get; set; }

    /// <summary>Paired sensors used when a session starts without --simulate.</summary>
    public List<SensorOptions> Sensors { get; set; } = [];

    /// <summary>Workout used by a session started without options.</summary>
    public WorkoutOptions Workout { get; set; } = new();

    public SpeechOptions Speech { get; set; } = new();

    /// <summary>Who runs, for the calories of the exports (Runner:Sex, Runner:Age, Runner:WeightKg).</summary>
    public RunnerProfileOptions Runner { get; set; } = new();
    /// <summary>Relay the sensors of every session with real sensors to the runner's watch.</summary>
    public RelayServiceOptions Relay { get; set; } = new();

    public WebhookOptions Webhooks { get; set; } = new();

    /// <summary>Publishing athletes to an MQTT broker and showing those of other hosts (docs/coach.md).</summary>
    public MqttOptions Mqtt { get; set; } = new();

    /// <summary>Coaching a group: what the voice says when several athletes run (docs/coach.md).</summary>
    public CoachOptions Coach { get; set; } = new();

    public LogOptions Log { get; set; } = new();

    /// <summary>Log levels, in Serilog's usual section ("Serilog:MinimumLevel").</summary>
    public SerilogOptions Serilog { get; set; } = new();

    /// <summary>The configuration folder this service was started with (not read from configuration).</summary>
    public string ConfigDir { get; internal set; } = ConfigPaths.ConfigDir();

    /// <summary>The data folder actually used.</summary>
    public string ResolvedDataFolder =>
        string.IsNullOrWhiteSpace(DataFolder) ? Sessions.SessionFolder.Default() : Path.GetFullPath(DataFolder);

    /// <summary>
    /// The session history finished sessions are added to: the user's history (as `pacelink run`)
    /// unless a data folder is configured — under systemd that folder is the only writable path.
    /// </summary>
    public string HistoryPath =>
        string.IsNullOrWhiteSpace(DataFolder) ? History.SessionHistory.DefaultPath : Path.Combine(ResolvedDataFolder, "history.db");
}

/// <summary>The HTTP API: where it listens and how it is protected.</summary>
public sealed class RelayServiceOptions
{
    /// <summary>Serve "PaceLink Pod" and "PaceLink HR" to a watch while a session coaches.</summary>
    public bool Enabled { get; set; }

    /// <summary>The adapter the watch connects to ("hci1"); empty shares the sensors' adapter.</summary>
    public string? Adapter { get; set; }

    /// <summary>The relayed pod's own distance factor; empty uses the workout's calibration, so laps and reps agree.</summary>
    public double? Calibration { get; set; }
}

public sealed class ApiOptions
{
    /// <summary>Semicolon-separated http:// URLs. Loopback by default; any other address turns the token on.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5180";

    /// <summary>Where the token lives; empty means &lt;config dir&gt;/token.</summary>
    public string? TokenFile { get; set; }

    /// <summary>Largest accepted request body in bytes; room for a 64 KiB workout sent as JSON text.</summary>
    public int MaxBodyBytes { get; set; } = 128 * 1024;

    /// <summary>Host names served besides the listen addresses and localhost (';' between several), e.g. a LAN name.</summary>
    public string AllowedHosts { get; set; } = "";

    /// <summary>Live streams (/api/events) open at once; more get 503.</summary>
    public int MaxEventClients { get; set; } = 32;
}

/// <summary>A paired sensor: its session id ("pod", "hr"), kind and Bluetooth address.</summary>
public sealed class SensorOptions
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Address { get; set; }
    public string? Name { get; set; }
}

/// <summary>Workout defaults, written the way the command line takes them.</summary>
public sealed class WorkoutOptions
{
    /// <summary>10k, half, the name of a workout in &lt;config dir&gt;/workouts, or the path of a workout file (YAML or JSON).</summary>
    public string Workout { get; set; } = "10k";
    public string? TargetPace { get; set; } = "4:00";
    public string? Goal { get; set; }
    public string? Warmup { get; set; }
    public string? Cooldown { get; set; }
    public string? SetRest { get; set; }
    public double Calibration { get; set; } = 1.0;

    /// <summary>km or mi: paces and distances on the dashboard, in cues and on the terminal; empty means the target pace's unit, else km.</summary>
    public string? Units { get; set; }
}

/// <summary>Spoken cues and beeps.</summary>
public sealed class SpeechOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>auto | espeak-ng | sapi | none.</summary>
    public string Engine { get; set; } = "auto";

    /// <summary>Voice name passed to the engine (espeak-ng -v); empty for its default.</summary>
    public string? Voice { get; set; }

    /// <summary>Speaking rate in words per minute (80-450).</summary>
    public int Rate { get; set; } = Alerts.Speech.SpeechEngines.DefaultRate;

    /// <summary>Beep on "go" and when a rep ends, and instead of words when no engine is installed.</summary>
    public bool Beeps { get; set; } = true;

    /// <summary>Cues waiting to be spoken; older ones are merged or dropped beyond this.</summary>
    public int QueueCapacity { get; set; } = 4;

    /// <summary>Which cues are said (Speech:Cues:RepPreview, …): each can be switched off; see docs/speech.md.</summary>
    public Alerts.Speech.CueOptions Cues { get; set; } = new();
}

/// <summary>Webhook targets: each coaching event is POSTed as JSON to every URL.</summary>
public sealed class WebhookOptions
{
    public List<string> Urls { get; set; } = [];
    public double TimeoutSeconds { get; set; } = 5;
    public int Retries { get; set; } = 3;
    public int QueueCapacity { get; set; } = 256;
}

/// <summary>Logging outputs; levels come from the standard Serilog:MinimumLevel section (<see cref="SerilogOptions"/>).</summary>
public sealed class LogOptions
{
    /// <summary>text | json (compact JSON, one event per line).</summary>
    public string Format { get; set; } = "text";

    public bool Console { get; set; } = true;

    /// <summary>Rolling log file path (a date is inserted per day); empty for none.</summary>
    public string? File { get; set; }

    public int RetainedFiles { get; set; } = 14;
}

/// <summary>An MQTT broker the athletes are published to: pacelink/ATHLETE/events, /state and /reps.</summary>
public sealed class MqttOptions
{
    /// <summary>mqtt://HOST[:1883] or mqtts://HOST[:8883]; empty for no MQTT.</summary>
    public string? Url { get; set; }

    /// <summary>With mqtts://: the CA certificate (PEM) the broker's certificate must chain to; empty for the system's.</summary>
    public string? CaFile { get; set; }

    /// <summary>A file holding "user:password" on its first line; empty to connect without.</summary>
    public string? CredentialsFile { get; set; }

    /// <summary>Show the athletes of every host on the broker on this host's coach board.</summary>
    public bool Subscribe { get; set; }

    /// <summary>This host's name in the messages; empty for the machine's name.</summary>
    public string? Host { get; set; }

    /// <summary>Messages kept while the broker is away; beyond it the oldest state messages go first, then the oldest events.</summary>
    public int QueueCapacity { get; set; } = 10_000;
}

/// <summary>A group's voice.</summary>
public sealed class CoachOptions
{
    /// <summary>countdown (the group countdown and go only), names (also each split, after the athlete's name) or off.</summary>
    public string Speech { get; set; } = "countdown";
}
