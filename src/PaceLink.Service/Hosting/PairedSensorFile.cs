using Microsoft.Extensions.Logging;
using PaceLink.Bluetooth.Pairing;
using PaceLink.Service.Security;

namespace PaceLink.Service.Hosting;

/// <summary>The sensors.json that `pacelink pair` wrote into the config folder, as the service reads it.</summary>
public static class PairedSensorFile
{
    /// <summary>A real file lists a handful of sensors in well under a kilobyte.</summary>
    public const int MaxBytes = 256 * 1024;

    public static SensorStore Store(string configDir) => new(Path.Combine(configDir, "sensors.json"), Read);

    /// <summary>A named athlete's sensors: <c>athletes/NAME/sensors.json</c> in the config folder (`pacelink pair --athlete NAME`).</summary>
    public static SensorStore Store(string configDir, string athlete) => new(AthletePath(configDir, athlete), Read);

    public static string AthletePath(string configDir, string athlete) => Path.Combine(configDir, AthletesFolder, athlete, "sensors.json");

    /// <summary>The folder of the config dir that holds one folder per paired athlete.</summary>
    public const string AthletesFolder = "athletes";

    /// <summary>At start-up, says once in the log what a start without "simulate" would refuse.</summary>
    public static void WarnIfUnusable(PaceLinkOptions options, ILogger logger)
    {
        if (options.Sensors.Count > 0) return;
        try
        {
            Store(options.ConfigDir).Load();
        }
        catch (SensorStoreException e)
        {
            logger.LogWarning("{Problem:l} Sessions with the paired sensors will be refused until then.", e.Message);
        }
    }

    private static string Read(string path)
    {
        try
        {
            return RegularFile.ReadText(path, MaxBytes);
        }
        catch (RegularFileException e)
        {
            throw new SensorStoreException($"The paired-sensor file {path} {e.Message}. Fix or delete it, then pair again.", e);
        }
    }
}
