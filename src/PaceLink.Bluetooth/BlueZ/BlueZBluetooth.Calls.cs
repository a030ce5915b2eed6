using Tmds.DBus.Protocol;

namespace PaceLink.Bluetooth.BlueZ;

public sealed partial class BlueZBluetooth
{
    /// <summary>Calls BlueZ with the usual timeout; failures become user-facing exceptions naming <paramref name="what"/>.</summary>
    internal Task CallAsync(MessageBuffer message, string what, CancellationToken cancellationToken) =>
        CallAsync(message, Options.CallTimeout, what, cancellationToken);

    internal async Task CallAsync(MessageBuffer message, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        try
        {
            await ReceiveLoop.Leave(_bus.CallMethodAsync(message).WaitAsync(timeout, Options.Time, cancellationToken)).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            throw BlueZErrors.Translate(e, what);
        }
    }

    internal async Task<T> CallAsync<T>(MessageBuffer message, MessageValueReader<T> reader, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await ReceiveLoop.Leave(_bus.CallMethodAsync(message, reader).WaitAsync(Options.CallTimeout, Options.Time, cancellationToken)).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            throw BlueZErrors.Translate(e, what);
        }
    }

    /// <summary>Calls BlueZ without translating D-Bus errors, for callers that react to a specific error name.</summary>
    internal Task CallRawAsync(MessageBuffer message, TimeSpan timeout, CancellationToken cancellationToken) =>
        ReceiveLoop.Leave(_bus.CallMethodAsync(message).WaitAsync(timeout, Options.Time, cancellationToken));
}
