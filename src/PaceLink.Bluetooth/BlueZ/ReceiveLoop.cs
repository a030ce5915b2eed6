namespace PaceLink.Bluetooth.BlueZ;

/// <summary>
/// A D-Bus reply completes its task on the connection's receive loop, and an await continues
/// there unless told otherwise: the caller's code after the await would hold up every message
/// behind it (values, signals, bluetoothd's calls into our objects) for as long as it runs, and
/// indefinitely if it blocks (a console read). Every call into BlueZ resumes its caller through
/// <see cref="Leave(Task)"/> on the thread pool instead.
/// </summary>
internal static class ReceiveLoop
{
    public static async Task Leave(Task call)
    {
        try
        {
            await call.ConfigureAwait(false);
        }
        finally
        {
            await Task.Yield(); // there is no synchronization context on the loop: this resumes on the thread pool
        }
    }

    public static async Task<T> Leave<T>(Task<T> call)
    {
        try
        {
            return await call.ConfigureAwait(false);
        }
        finally
        {
            await Task.Yield();
        }
    }
}
