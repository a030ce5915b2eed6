using System.Text;
using Serilog.Sinks.File;

namespace PaceLink.Service.Storage;

/// <summary>
/// Keeps log files private (0600): the file sink opens each day's file itself, so the mode is set
/// the moment it is opened, before the first event is written. Logs name traces, sessions and
/// sensors, which are the runner's business alone.
/// </summary>
internal sealed class PrivateLogFile : FileLifecycleHooks
{
    public static readonly PrivateLogFile Hooks = new();

    /// <summary>Creates the log's folder as 0700 when it does not exist yet (the sink would make it 0755).</summary>
    public static void PrepareFolder(string logFile)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(logFile));
            if (!string.IsNullOrEmpty(folder)) PrivateFiles.CreateFolder(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // The sink meets the same problem when it opens the file, and that is where it is reported.
        }
    }

    public override Stream OnFileOpened(string path, Stream underlyingStream, Encoding encoding)
    {
        PrivateFiles.Tighten(path);
        return underlyingStream;
    }
}
