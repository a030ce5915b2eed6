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
    /// Creates <paramref name="folder"/> and any missing parents as 0700. A folder that already
    /// exists is left as it is: the user may point a file into any folder of theirs.
    /// </summary>
    public static void CreateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }
        var full = Path.GetFullPath(folder);
        if (Directory.Exists(full)) return;
        var info = Directory.CreateDirectory(full, FolderMode);
        // The umask may have cut the mode further; set exactly 0700 on the folder we made.
        if (info.UnixFileMode != FolderMode) TryTighten(full, FolderMode);
    }

    /// <summary>
    /// Creates the service's data folder as 0700, or closes an existing one to group and others:
    /// earlier versions made it 0755, and traces should not stay readable because of that. A
    /// world-writable folder (a shared scratch folder such as /tmp) is never changed: it is not
    /// the data folder's own, and closing it would break other users.
    /// </summary>
    public static void CloseFolder(string folder)
    {
        CreateFolder(folder);
        if (OperatingSystem.IsWindows()) return;
        var mode = File.GetUnixFileMode(folder);
        if ((mode & UnixFileMode.OtherWrite) != 0 || (mode & GroupOrOther) == 0) return;
        TryTighten(folder, mode & ~GroupOrOther);
    }

    /// <summary>Opens a file for writing as the service user's alone (0600), creating its folder (0700) if needed.</summary>
    public static FileStream Open(string path, System.IO.FileMode mode, FileShare share = FileShare.Read, int bufferSize = 4096)
    {
        var full = Path.GetFullPath(path);
        CreateFolder(Path.GetDirectoryName(full)!);
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
