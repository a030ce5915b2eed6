namespace PaceLink.Service.Hosting;

/// <summary>
/// The "Serilog" section. Only the levels are read: the outputs are PaceLink's own
/// (<see cref="LogOptions"/>), so the logger is built in code, without loading sinks by name
/// through reflection (which the native build cannot do).
/// </summary>
public sealed class SerilogOptions
{
    /// <summary>The keys of this section that are read; any other is reported as an error.</summary>
    public const string Supported = "MinimumLevel";

    private readonly List<string> _unsupported = [];

    /// <summary>"Serilog:MinimumLevel": a level, or <c>{ "Default": level, "Override": { source: level } }</c>.</summary>
    public MinimumLevelOptions MinimumLevel { get; set; } = new();

    /// <summary>Keys found under "Serilog" that this service does not read (WriteTo, Using, Enrich …).</summary>
    public IReadOnlyList<string> UnsupportedKeys() => _unsupported;

    internal void NoteUnsupported(string key) => _unsupported.Add(key);
}

/// <summary>The lowest level logged, overall and per source (a namespace prefix such as "Microsoft").</summary>
public sealed class MinimumLevelOptions
{
    /// <summary>Verbose, Debug, Information, Warning, Error or Fatal.</summary>
    public string Default { get; set; } = "Information";

    /// <summary>Source prefix to level, e.g. "Microsoft": "Warning".</summary>
    public Dictionary<string, string> Override { get; set; } = [];
}
