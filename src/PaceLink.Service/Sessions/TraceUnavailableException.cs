namespace PaceLink.Service.Sessions;

/// <summary>
/// A session's trace cannot be created (disk full, folder gone or read-only): the service refuses
/// to start a session it could not record, rather than report a trace that never appears.
/// </summary>
internal sealed class TraceUnavailableException(string path, Exception cause)
    : Exception($"cannot create the session's trace in {System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))} ({cause.Message}); free some space or fix the data folder", cause);
