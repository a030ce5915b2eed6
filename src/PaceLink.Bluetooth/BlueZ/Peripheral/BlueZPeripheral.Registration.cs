using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.BlueZ.Peripheral;

public sealed partial class BlueZPeripheral
{
    /// <summary>How long to keep trying to register after bluetoothd comes back.</summary>
    private static readonly TimeSpan ReRegisterFor = TimeSpan.FromSeconds(60);

    /// <summary>Registers the application and the advertisement: the sensor is switched on and can be found.</summary>
    public async Task TurnOnAsync(CancellationToken cancellationToken = default)
    {
        _wantOn = true;
        await _registration.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_registered)
            {
                await CallAsync(PeripheralMessages.Register(_bus, _adapter, PeripheralMessages.GattManager, "RegisterApplication", _objects.ApplicationPath), cancellationToken).ConfigureAwait(false);
                _registered = true;
            }
            // In order; a refusal part-way leaves the ones before registered, and the next switch-on goes on from there.
            while (_advertised < _objects.AdvertisementCount)
            {
                var profile = _objects.Advertised(_advertised);
                await CallAsync(PeripheralMessages.Register(_bus, _adapter, PeripheralMessages.AdvertisingManager, "RegisterAdvertisement", _objects.AdvertisementPath(_advertised)), cancellationToken).ConfigureAwait(false);
                _advertised++;
                _log($"advertising \"{profile.LocalName}\" (service 0x{profile.Service:X4}) on {_adapter}");
            }
        }
        finally
        {
            _registration.Release();
        }
    }

    /// <summary>
    /// Switches the sensor off as far as centrals can tell, like a pod going out of range: the
    /// advertisement is withdrawn and every central connected to the adapter is disconnected. The
    /// GATT application stays registered, so switching on only advertises again.
    /// </summary>
    public async Task TurnOffAsync(CancellationToken cancellationToken = default)
    {
        _wantOn = false;
        await _registration.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_advertised > 0)
            {
                await WithdrawAdvertisementsAsync().ConfigureAwait(false);
                _log($"stopped advertising on {_adapter}");
            }
        }
        finally
        {
            _registration.Release();
        }
        var objects = await ReceiveLoop.Leave(_bus.CallMethodAsync(PeripheralMessages.Call(_bus, "/", BlueZNames.ObjectManager, "GetManagedObjects"),
            (m, _) => PeripheralMessages.ConnectedDevices(m, _adapter)).WaitAsync(_options.CallTimeout, _options.Time, cancellationToken)).ConfigureAwait(false);
        foreach (var device in objects)
        {
            _log($"disconnecting {device}");
            await TryCallAsync(PeripheralMessages.Call(_bus, device, BlueZNames.Device, "Disconnect")).ConfigureAwait(false);
        }
    }

    private async Task UnregisterAsync(CancellationToken cancellationToken)
    {
        await _registration.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_registered) return;
            _registered = false;
            Array.Clear(_notifying);
            await WithdrawAdvertisementsAsync().ConfigureAwait(false);
            await TryCallAsync(PeripheralMessages.Unregister(_bus, _adapter, PeripheralMessages.GattManager, "UnregisterApplication", _objects.ApplicationPath)).ConfigureAwait(false);
            _log($"switched off on {_adapter}");
        }
        finally
        {
            _registration.Release();
        }
    }

    /// <summary>bluetoothd stopped (registrations are gone) or started again (register anew, retrying while its adapters appear).</summary>
    private void OnOwnerChanged(NameOwnerChangedSignal change)
    {
        _advertised = 0;
        if (change.NewOwner.Length == 0)
        {
            _registered = false;
            Array.Clear(_notifying);
            _log("bluetoothd stopped: the sensor is gone until it returns");
            return;
        }
        _registered = false;
        Array.Clear(_notifying);
        _ = Task.Run(ReRegisterAsync);
    }

    private async Task ReRegisterAsync()
    {
        var until = _options.Time.GetTimestamp();
        var delay = TimeSpan.FromMilliseconds(250);
        while (_wantOn && !_closing.IsCancellationRequested)
        {
            try
            {
                await TurnOnAsync(_closing.Token).ConfigureAwait(false);
                _log("bluetoothd is back: registered again");
                return;
            }
            catch (Exception e) when (e is DBusErrorReplyException or DBusConnectionException or TimeoutException)
            {
                if (_options.Time.GetElapsedTime(until) > ReRegisterFor)
                {
                    _log($"bluetoothd is back but refuses the sensor: {e.Message}");
                    return;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try { await Task.Delay(delay, _options.Time, _closing.Token).ConfigureAwait(false); }
            catch (OperationCanceledException) { return; }
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 2000));
        }
    }

    private async Task WithdrawAdvertisementsAsync()
    {
        while (_advertised > 0)
        {
            _advertised--;
            await TryCallAsync(PeripheralMessages.Unregister(_bus, _adapter, PeripheralMessages.AdvertisingManager, "UnregisterAdvertisement", _objects.AdvertisementPath(_advertised))).ConfigureAwait(false);
        }
    }

    private Task CallAsync(MessageBuffer message, CancellationToken cancellationToken) =>
        ReceiveLoop.Leave(_bus.CallMethodAsync(message).WaitAsync(_options.CallTimeout, _options.Time, cancellationToken));

    /// <summary>A call whose failure does not matter (the object is already gone, bluetoothd is away).</summary>
    private async Task TryCallAsync(MessageBuffer message)
    {
        try
        {
            await ReceiveLoop.Leave(_bus.CallMethodAsync(message).WaitAsync(_options.CallTimeout, _options.Time)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DBusErrorReplyException or DBusConnectionException or TimeoutException)
        {
            _log($"ignored: {e.Message}");
        }
    }
}
