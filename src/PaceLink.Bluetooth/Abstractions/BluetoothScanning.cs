namespace PaceLink.Bluetooth.Abstractions;

/// <summary>A timed scan on top of <see cref="IBluetooth.RequestLEScanAsync"/> (InTheHand's ScanForDevicesAsync).</summary>
public static class BluetoothScanning
{
    /// <summary>
    /// Scans for <paramref name="duration"/> and returns the last advertisement of each matching
    /// device, strongest signal first. Throws the platform's reason when it aborts the scan.
    /// </summary>
    public static async Task<IReadOnlyList<BluetoothAdvertisingEvent>> ScanForDevicesAsync(
        this IBluetooth bluetooth, BluetoothLEScanOptions options, TimeSpan duration, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var seen = new Dictionary<string, BluetoothAdvertisingEvent>(StringComparer.OrdinalIgnoreCase);
        void OnAdvertisement(object? sender, BluetoothAdvertisingEvent e)
        {
            lock (seen) seen[e.Device.Id] = e;
        }
        bluetooth.AdvertisementReceived += OnAdvertisement;
        try
        {
            await using (var scan = await bluetooth.RequestLEScanAsync(options, cancellationToken).ConfigureAwait(false))
            {
                var delay = Task.Delay(duration, time, cancellationToken);
                await Task.WhenAny(delay, scan.Aborted).ConfigureAwait(false);
                // Checked first: a scan aborted just before the time ran out still found nothing trustworthy.
                if (scan.Aborted.IsCompleted) throw await scan.Aborted.ConfigureAwait(false);
                await delay.ConfigureAwait(false);
            }
        }
        finally
        {
            bluetooth.AdvertisementReceived -= OnAdvertisement;
        }
        lock (seen) return seen.Values.OrderByDescending(e => e.Rssi ?? short.MinValue).ToArray();
    }

    /// <summary>
    /// Scans until the device with <paramref name="id"/> advertises, or <paramref name="timeout"/> passes.
    /// Returns whether it was seen.
    /// </summary>
    public static async Task<bool> WaitForAdvertisementAsync(
        this IBluetooth bluetooth, string id, BluetoothLEScanOptions options, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnAdvertisement(object? sender, BluetoothAdvertisingEvent e)
        {
            if (string.Equals(e.Device.Id, id, StringComparison.OrdinalIgnoreCase)) seen.TrySetResult();
        }
        bluetooth.AdvertisementReceived += OnAdvertisement;
        try
        {
            await using (var scan = await bluetooth.RequestLEScanAsync(options, cancellationToken).ConfigureAwait(false))
            {
                var finished = await Task.WhenAny(seen.Task, Task.Delay(timeout, time, cancellationToken), scan.Aborted).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                if (finished != seen.Task && scan.Aborted.IsCompleted) throw await scan.Aborted.ConfigureAwait(false);
                return finished == seen.Task;
            }
        }
        finally
        {
            bluetooth.AdvertisementReceived -= OnAdvertisement;
        }
    }
}
