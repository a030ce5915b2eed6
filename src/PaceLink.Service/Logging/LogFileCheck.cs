namespace PaceLink.Service.Logging;

/// <summary>
/// Checks before start-up that the log file can be written: Serilog's file sink would otherwise
/// drop every event silently, and a service without its log cannot be helped.
/// </summary>
internal static class LogFileCheck
{
    /// <summary>Null when <paramref name="file"/> is empty or writable; else the sentence for Log:File.</summary>
    public static string? Problem(string? file)
    {
        if (string.IsNullOrWhiteSpace(file)) return null;
        try
        {
            var full = Path.GetFullPath(file);
            // Created private, as the logging set-up would: the log holds heart rates and session names.
            Storage.PrivateFiles.CreateFolder(Path.GetDirectoryName(full)!);
            // The sink writes FILE with the date inserted; probing the folder with a file of our own leaves FILE untouched.
            var probe = Path.Combine(Path.GetDirectoryName(full)!, $".pacelink-log-check-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"cannot write the log file '{file}' ({e.Message.TrimEnd('.')}); give the service user write access to its folder, or change Log:File";
        }
    }
}
