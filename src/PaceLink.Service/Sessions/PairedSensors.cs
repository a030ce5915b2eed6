using Microsoft.Extensions.Logging;
using PaceLink.Bluetooth;
using PaceLink.Bluetooth.Abstractions;
using PaceLink.Bluetooth.Pairing;
using PaceLink.Bluetooth.Sensors;
using PaceLink.Core.Pipeline;
using PaceLink.Service.Hosting;

namespace PaceLink.Service.Sessions;

/// <summary>
/// The real sensors for a service session: those listed under <c>Sensors</c> in the configuration,
/// else the ones `pacelink pair` remembered in the configuration folder (sensors.json). A named
/// athlete of a group has only the sensors paired for them (athletes/NAME/sensors.json).
/// </summary>
internal static class PairedSensors
{
    /// <summary>True when a session without "simulate" has sensors to use.</summary>
    public static bool Any(PaceLinkOptions options, string configDir, string? athlete = null) =>
        athlete is null ? options.Sensors.Count > 0 || Store(configDir).Load().Count > 0 : PairedSensorFile.Store(configDir, athlete).Load().Count > 0;

    /// <summary>Opens the sensors on <paramref name="clock"/>; Bluetooth problems become a sentence for the user.</summary>
    public static async Task<(PairedSensorSource Source, IAsyncDisposable Lifetime)> OpenAsync(
        PaceLinkOptions options, string configDir, SessionClock clock, string? athlete, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            if (options.Sensors.Count == 0 || athlete is not null)
            {
                var store = athlete is null ? Store(configDir) : PairedSensorFile.Store(configDir, athlete);
                var remembered = await PairedSensorSource.OpenAsync(clock, () => clock.Elapsed, store, options: SensorRetryLog.To(logger), cancellationToken: cancellationToken);
                return (remembered, remembered);
            }
            var bluetooth = await BluetoothPlatform.OpenAsync(cancellationToken: cancellationToken);
            try
            {
                await bluetooth.EnsureAvailableAsync(cancellationToken);
            }
            catch
            {
                await bluetooth.DisposeAsync();
                throw;
            }
            var paired = new PairedSensorSource(bluetooth, [.. options.Sensors.Select(Info)], clock, () => clock.Elapsed, SensorRetryLog.To(logger));
            return (paired, new Owned(paired, bluetooth));
        }
        catch (BluetoothException e)
        {
            throw new SessionRequestException(BluetoothAdvice.Explain(e));
        }
        catch (SensorStoreException e)
        {
            throw new SessionRequestException(e.Message);
        }
    }

    private static SensorStore Store(string configDir) => PairedSensorFile.Store(configDir);

    /// <summary>A configured sensor as the session knows it; the kind was checked at start-up.</summary>
    private static SensorInfo Info(SensorOptions s)
    {
        OptionsValidator.TryParseSensorKind(s.Kind, out var kind);
        return new SensorInfo(s.Id ?? SensorKindNames.SessionId(kind), kind, s.Name, s.Address);
    }

    private sealed class Owned(PairedSensorSource paired, IBluetooth bluetooth) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await paired.DisposeAsync();
            await bluetooth.DisposeAsync();
        }
    }
}
