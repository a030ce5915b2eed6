using System.Runtime.InteropServices;
using System.Text;

namespace PaceLink.Service.Storage;

/// <summary>
/// Whether two paths name the same file, through symbolic and hard links: on Linux the device
/// and inode numbers (statx, whose layout is the same on every architecture), on Windows the
/// final path after links are resolved (hard links are not seen there).
/// </summary>
public static class FileIdentity
{
    /// <summary>True when both paths exist and are one file.</summary>
    public static bool Same(string a, string b)
    {
        if (OperatingSystem.IsWindows())
            return Final(a) is { } x && Final(b) is { } y && string.Equals(x, y, StringComparison.OrdinalIgnoreCase);
        return Identify(a) is { } first && Identify(b) is { } second && first == second;
    }

    private static string? Final(string path)
    {
        var info = new FileInfo(Path.GetFullPath(path));
        if (!info.Exists) return null;
        return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
    }

    private const int AtFdCwd = -100;
    private const uint StatxIno = 0x100;
    private const int StatxSize = 256;

    // struct statx: stx_ino is at byte 32, stx_dev_major and stx_dev_minor at bytes 136 and 140.
    private static (uint Major, uint Minor, ulong Inode)? Identify(string path)
    {
        var buffer = new byte[StatxSize];
        var name = Encoding.UTF8.GetBytes(Path.GetFullPath(path) + "\0");
        if (Statx(AtFdCwd, name, 0, StatxIno, buffer) != 0) return null;
        return (BitConverter.ToUInt32(buffer, 136), BitConverter.ToUInt32(buffer, 140), BitConverter.ToUInt64(buffer, 32));
    }

    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);
}
