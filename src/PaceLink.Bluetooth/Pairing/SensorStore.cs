using System.Text.Json;
using PaceLink.Core.Pipeline;

namespace PaceLink.Bluetooth.Pairing;

/// <summary>
/// The sensors the user paired, kept in a small JSON file in the user configuration folder
/// (~/.config/pacelink/sensors.json on Linux, %APPDATA%\pacelink\sensors.json on Windows;
/// PACELINK_CONFIG_DIR overrides the folder, PACELINK_SENSORS_FILE the file itself). One sensor
/// per kind: pairing a second foot pod replaces the first.
/// </summary>
/// <param name="path">The file.</param>
/// <param name="readText">How the file is read; the service passes one that refuses devices, FIFOs and huge files.</param>
public sealed class SensorStore(string path, Func<string, string>? readText = null)
{
    public const string FolderVariable = "PACELINK_CONFIG_DIR";

    /// <summary>
    /// The sensors file itself. It wins over <see cref="FolderVariable"/>, so a service whose
    /// configuration folder users cannot read (the Windows service's) still reads the file the
    /// user's `pacelink pair` wrote: the Windows installer sets it for both.
    /// </summary>
    public const string FileVariable = "PACELINK_SENSORS_FILE";

    /// <summary>The file this store reads and writes.</summary>
    public string Path { get; } = path;

    /// <summary>The store in the user's configuration folder.</summary>
    public static SensorStore ForUser() => ForUser(Environment.GetEnvironmentVariable);

    /// <summary>The store as <paramref name="environment"/> (a variable lookup) places it.</summary>
    public static SensorStore ForUser(Func<string, string?> environment) =>
        new(environment(FileVariable) is { Length: > 0 } file ? file : System.IO.Path.Combine(UserFolder(environment), "sensors.json"));

    public static string UserFolder() => UserFolder(Environment.GetEnvironmentVariable);

    public static string UserFolder(Func<string, string?> environment) =>
        environment(FolderVariable) is { Length: > 0 } dir
            ? dir
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "pacelink");

    /// <summary>The paired sensors; none when the file does not exist. A damaged file is reported, never overwritten.</summary>
    public IReadOnlyList<SensorInfo> Load()
    {
        if (!File.Exists(Path)) return [];
        try
        {
            var file = JsonSerializer.Deserialize((readText ?? File.ReadAllText)(Path), SensorStoreJson.Default.StoredSensors);
            return (file?.Sensors ?? []).Where(s => s is { Id.Length: > 0, Address.Length: > 0 }).ToArray();
        }
        catch (JsonException e)
        {
            // The parser's message quotes the file; the line is enough to find the damage.
            throw new SensorStoreException($"The paired-sensor file {Path} is damaged (line {(e.LineNumber ?? 0) + 1}). Fix or delete it, then pair again.", e);
        }
        catch (IOException e)
        {
            throw new SensorStoreException($"Cannot read the paired-sensor file {Path}: {e.Message}", e);
        }
    }

    /// <summary>Adds or replaces the sensor of this kind; returns the one it replaced, if any.</summary>
    public SensorInfo? Remember(SensorInfo sensor)
    {
        var sensors = Load().ToList();
        var replaced = sensors.FirstOrDefault(s => s.Kind == sensor.Kind || SameAddress(s, sensor.Address));
        sensors.RemoveAll(s => s.Kind == sensor.Kind || SameAddress(s, sensor.Address));
        sensors.Add(sensor);
        Save(sensors);
        return replaced;
    }

    /// <summary>Removes the sensor with this address; false when none was paired.</summary>
    public bool Forget(string address)
    {
        var sensors = Load().ToList();
        if (sensors.RemoveAll(s => SameAddress(s, address)) == 0) return false;
        Save(sensors);
        return true;
    }

    private static bool SameAddress(SensorInfo s, string? address) => string.Equals(s.Address, address, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Writes a temporary file and moves it over the old one, so a crash never leaves half a file.
    /// The file says which sensors the user owns and their addresses: readable by its user only.
    /// </summary>
    private void Save(IEnumerable<SensorInfo> sensors)
    {
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
            var temp = Path + ".tmp";
            File.Delete(temp); // a leftover would keep its old mode
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var stream = new FileStream(temp, options))
                JsonSerializer.Serialize(stream, new StoredSensors(sensors.OrderBy(s => s.Kind).ToArray()), SensorStoreJson.Default.StoredSensors);
            File.Move(temp, Path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SensorStoreException($"Cannot write the paired-sensor file {Path}: {e.Message}", e);
        }
    }
}

/// <summary>The paired-sensor file cannot be read or written; the message says which file and why.</summary>
public sealed class SensorStoreException(string message, Exception inner) : Exception(message, inner);
