using PaceLink.Service.Storage;

namespace PaceLink.Service.Hosting;

/// <summary>Makes sure traces can be written before a session depends on it.</summary>
internal static class DataFolderCheck
{
    /// <summary>Null when the folder exists (or was created) and accepts a file; otherwise why not.</summary>
    public static string? Problem(string folder)
    {
        try
        {
            PrivateFiles.CloseFolder(folder);
            var probe = Path.Combine(folder, $".pacelink-write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return $"cannot write to data folder '{folder}' ({e.Message}); create it and give the service user write access, or set DataFolder";
        }
    }
}
