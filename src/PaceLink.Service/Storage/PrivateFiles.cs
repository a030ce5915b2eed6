using System.Text;

namespace PaceLink.Service.Storage;

/// <summary>
/// The one home for "this file holds the runner's data": traces, summaries, the history database
/// and logs are created readable by the service user only (0600) in folders only it can enter
/// (0700), whatever the umask. The mode is set on the open handle after creation, so a umask that
/// strips more (or less) than usual changes nothing. On Windows the files inherit the ACLs of the
/// user's profile folders (LocalAppData), which already keep other users out.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private const UnixFileMode GroupOrOther =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>
    /// Creates <paramref name="folder"/> (and missing parents) as 0700. An existing folder keeps its
    /// owner's bits but loses what it granted to group and others: earlier versions created the
    /// data folders 0755 and a runner's traces should not stay readable because of that.
    /// </summary>
    public static void EnsureFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }
        var existed = Directory.Exists(folder);
        var info = Directory.CreateDirectory(folder, FolderMode);
        var mode = info.UnixFileMode;
        var wanted = existed ? mode & ~GroupOrOther : FolderMode;
        if (mode != wanted) TryTighten(info.FullName, wanted);
    }

    /// <summary>Opens a file for writing as the service user's alone (0600), creating its folder (0700) if needed.</summary>
    public static FileStream Open(string path, System.IO.FileMode mode, FileShare share = FileShare.Read, int bufferSize = 4096)
    {
        var full = Path.GetFullPath(path);
        EnsureFolder(Path.GetDirectoryName(full)!);
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = share, BufferSize = bufferSize };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = FileMode;
        var stream = new FileStream(full, options);
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                // Exactly 0600: UnixCreateMode is still cut by the umask, and an existing file keeps its old mode.
                if (File.GetUnixFileMode(stream.SafeFileHandle) != FileMode) File.SetUnixFileMode(stream.SafeFileHandle, FileMode);
            }
            catch (UnauthorizedAccessException)
            {
                // A file someone else owns but lets us write: we may not change its mode, and must not fail the write for it.
            }
        }
        return stream;
    }

    /// <summary>Writes lines to a new or replaced private file.</summary>
    public static void WriteAllLines(string path, IEnumerable<string> lines)
    {
        using var writer = new StreamWriter(Open(path, System.IO.FileMode.Create), new UTF8Encoding(false));
        foreach (var line in lines) writer.WriteLine(line);
    }

    /// <summary>
    /// Makes an existing file private (0600) or, when missing, creates it empty and private, so a
    /// library that opens it afterwards (SQLite, the log sink) finds the mode already right.
    /// </summary>
    public static void Prepare(string path)
    {
        using var _ = Open(path, System.IO.FileMode.OpenOrCreate, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
    }

    /// <summary>Sets an existing file to 0600 (a log file opened by its sink); false when it could not be.</summary>
    public static bool Tighten(string path)
    {
        if (OperatingSystem.IsWindows()) return true;
        return TryTighten(path, FileMode);
    }

    private static bool TryTighten(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows()) return true;
        try
        {
            File.SetUnixFileMode(path, mode);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // Not ours to change (a shared folder the user pointed us at): leave it as its owner set it.
            return false;
        }
    }
}
