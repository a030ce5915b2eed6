using System.Text.Json;
using PaceLink.Core.Review;

namespace PaceLink.Service.Calibration;

/// <summary>One foot pod's saved calibration.</summary>
/// <param name="Address">The pod's Bluetooth address, as paired.</param>
/// <param name="Factor">True distance / pod distance: the engine's <c>--calibration</c>.</param>
/// <param name="SpreadPercent">How much the reps it was measured from disagreed.</param>
/// <param name="Reps">How many reps it was measured from.</param>
public sealed record PodCalibrationEntry(string Address, string? Name, double Factor, double SpreadPercent, int Reps, DateTimeOffset MeasuredUtc);

/// <summary>
/// Foot-pod calibration factors in the user configuration folder (<c>calibration.json</c> beside the
/// paired-sensor file; <c>PACELINK_CONFIG_DIR</c> moves the folder). Live sessions read
/// <see cref="FactorFor"/>; with <see cref="AutoRefine"/> on they may feed each session's track reps
/// back through <see cref="Refine"/>.
/// </summary>
public sealed class PodCalibrationStore(string path)
{
    public const string FolderVariable = "PACELINK_CONFIG_DIR";
    public const string FileName = "calibration.json";

    public string Path { get; } = path;

    public static PodCalibrationStore ForUser() => new(System.IO.Path.Combine(UserFolder(), FileName));

    public static string UserFolder() =>
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } dir
            ? dir
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "pacelink");

    /// <summary>Whether live sessions may refine the factor from their own reps (opt-in, off by default).</summary>
    public bool AutoRefine => Read().AutoRefine;

    public IReadOnlyList<PodCalibrationEntry> Pods => Read().Pods;

    /// <summary>The saved factor of the pod at <paramref name="address"/>, if any.</summary>
    public double? FactorFor(string address) =>
        Read().Pods.FirstOrDefault(p => string.Equals(p.Address, address, StringComparison.OrdinalIgnoreCase))?.Factor;

    /// <summary>Saves (or replaces) a pod's factor.</summary>
    public void Save(PodCalibrationEntry entry)
    {
        var file = Read();
        var pods = file.Pods.Where(p => !string.Equals(p.Address, entry.Address, StringComparison.OrdinalIgnoreCase)).Append(entry).ToList();
        Write(file with { Pods = pods });
    }

    /// <summary>Turns automatic refinement on or off.</summary>
    public void SetAutoRefine(bool on) => Write(Read() with { AutoRefine = on });

    /// <summary>
    /// Folds a new measurement into the saved factor when refinement is on and the measurement is
    /// confident: a weighted mean by rep count, so one session nudges rather than replaces.
    /// Returns the factor now saved, or null when nothing changed.
    /// </summary>
    public double? Refine(string address, string? name, CalibrationResult result, DateTimeOffset now)
    {
        if (!AutoRefine || result.Confidence != "high" || !double.IsFinite(result.Factor)) return null;
        var old = Read().Pods.FirstOrDefault(p => string.Equals(p.Address, address, StringComparison.OrdinalIgnoreCase));
        var reps = result.Reps.Count;
        var factor = old is null ? result.Factor : (old.Factor * old.Reps + result.Factor * reps) / (old.Reps + reps);
        Save(new PodCalibrationEntry(address, name ?? old?.Name, factor, result.SpreadPercent, (old?.Reps ?? 0) + reps, now));
        return factor;
    }

    private StoredCalibration Read()
    {
        if (!File.Exists(Path)) return new StoredCalibration([], false);
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(Path), PodCalibrationJson.Default.StoredCalibration) ?? new StoredCalibration([], false);
        }
        catch (JsonException e)
        {
            throw new IOException($"the calibration file {Path} is damaged ({e.Message}); fix or delete it", e);
        }
    }

    /// <summary>A temporary file moved over the old one: a crash never leaves half a file.</summary>
    private void Write(StoredCalibration file)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        var temp = Path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(file, PodCalibrationJson.Default.StoredCalibration));
        File.Move(temp, Path, overwrite: true);
    }
}
