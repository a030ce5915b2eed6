using System.Runtime.InteropServices;
using System.Text;

namespace PaceLink.Service.Security;

/// <summary>A file the service was told to read is a device, a FIFO, too big or too slow; the message completes "the file …".</summary>
public sealed class RegularFileException(string message) : IOException(message);

/// <summary>
/// How the service reads any file it is pointed at (its config, sensors.json, workouts): only a
/// regular file (a FIFO would block the reading thread until a writer appears, /dev/zero never
/// ends), at most a given size, within a time limit. Links are followed, then the target is checked.
/// </summary>
public static class RegularFile
{
    /// <summary>How long one read may take before the caller gets an answer anyway.</summary>
    public static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(5);

    /// <summary>The refusals read as "FILE …": "is not a regular file", "is larger than N bytes".</summary>
    public const string NotRegular = "is not a regular file";

    /// <summary>The file's text; <see cref="FileNotFoundException"/> when missing, <see cref="RegularFileException"/> when refused.</summary>
    public static string ReadText(string path, int maxBytes)
    {
        if (IsSpecial(path)) throw new RegularFileException(NotRegular);
        var read = Task.Run(() => ReadCapped(path, maxBytes));
        try
        {
            if (!read.Wait(ReadLimit)) throw new RegularFileException($"took longer than {ReadLimit.TotalSeconds:0} s to read");
        }
        catch (AggregateException e) when (e.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
        }
        return read.Result;
    }

    private static string ReadCapped(string path, int maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = new byte[maxBytes + 1];
        var total = 0;
        int n;
        while (total < buffer.Length && (n = stream.Read(buffer, total, buffer.Length - total)) > 0) total += n;
        if (total > maxBytes) throw new RegularFileException($"is larger than {maxBytes} bytes");
        return new UTF8Encoding(false).GetString(buffer, 0, total);
    }

    /// <summary>True for an existing entry that is not a regular file (device, FIFO, socket, directory).</summary>
    public static bool IsSpecial(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            if (!File.Exists(path) && !Directory.Exists(path)) return false;
            return (File.GetAttributes(path) & (FileAttributes.Device | FileAttributes.Directory)) != 0;
        }
        if (!OperatingSystem.IsLinux()) return Directory.Exists(path);
        var name = Encoding.UTF8.GetBytes(path + "\0");
        if (Native.statx(Native.AtFdCwd, name, 0, Native.StatxType, out var status) != 0) return false;
        return (status.Mode & Native.TypeMask) != Native.Regular;
    }

    /// <summary>statx(2): its buffer has the same layout on every Linux architecture, unlike struct stat.</summary>
    private static class Native
    {
        public const int AtFdCwd = -100;
        public const uint StatxType = 0x1;
        public const ushort TypeMask = 0xF000;
        public const ushort Regular = 0x8000;

        [StructLayout(LayoutKind.Explicit, Size = 256)]
        public struct Statx
        {
            [FieldOffset(28)] public ushort Mode;
        }

        [DllImport("libc", SetLastError = true)]
        public static extern int statx(int dirfd, byte[] path, int flags, uint mask, out Statx buffer);
    }
}
