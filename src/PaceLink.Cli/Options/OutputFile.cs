using System.Text;
using PaceLink.Service.Storage;

namespace PaceLink.Cli.Options;

/// <summary>What a verb writes: its name for people, the file endings that suit it, and whether it is text.</summary>
internal sealed record OutputKind(string What, bool Text, params string[] Extensions);

/// <summary>
/// The one set of rules for every file a verb writes where the user said: never onto the trace
/// being read (also through a symbolic or hard link), never over an existing file without
/// <c>--force</c>, never half-written (a temporary file in the same folder, renamed into place),
/// <c>-</c> for standard output, a folder named as one, and a warning when the name's ending does
/// not match what is written.
/// </summary>
internal static class OutputFile
{
    public const string StandardOutput = "-";

    /// <summary>
    /// Writes <paramref name="write"/>'s bytes to <paramref name="path"/> under the rules; false
    /// after telling the user why not. <paramref name="inputs"/> are the files the verb reads.
    /// </summary>
    public static bool Write(CliOutput io, string path, OutputKind kind, bool force, IReadOnlyList<string> inputs, Action<Stream> write)
    {
        if (path == StandardOutput) return WriteToStandardOutput(io, kind, write);
        if (Refusal(path, kind, force, inputs) is { } refusal)
        {
            io.Error.WriteLine($"error: {refusal}");
            return false;
        }
        var full = Path.GetFullPath(path);
        if (!kind.Extensions.Any(e => full.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            io.Error.WriteLine($"warning: '{path}' does not end in {kind.Extensions[0]}; writing the {kind.What} anyway");
        string? temporary = null;
        try
        {
            temporary = WriteTemporary(Path.GetDirectoryName(full)!, Path.GetFileName(full), write);
            // Without --force the move itself refuses a file that appeared meanwhile.
            File.Move(temporary, full, overwrite: force);
            temporary = null;
            io.Error.WriteLine($"{kind.What} written to {path}");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            io.Error.WriteLine($"error: cannot write the {kind.What} to '{path}': {e.Message}");
            return false;
        }
        finally
        {
            if (temporary is not null) TryDelete(temporary);
        }
    }

    /// <summary>Why a new trace cannot be recorded at <paramref name="path"/> (a folder, an existing file); null when it can.</summary>
    public static string? RefuseNewTrace(string path)
    {
        if (Directory.Exists(path)) return $"'{path}' is a directory; give the name of a new trace file";
        if (File.Exists(path) || new FileInfo(path).LinkTarget is not null) return $"'{path}' already exists; choose a new file name";
        return null;
    }

    /// <summary>
    /// Writes a new private file beside <paramref name="name"/> in <paramref name="folder"/> under a
    /// name nobody uses (<c>.NAME.xxxxxxxx.tmp</c>), flushed to the disk; returns its path.
    /// </summary>
    public static string WriteTemporary(string folder, string name, Action<Stream> write)
    {
        var temporary = Path.Combine(folder, $".{name}.{Guid.NewGuid().ToString("N")[..8]}.tmp");
        try
        {
            using var stream = PrivateFiles.Open(temporary, FileMode.CreateNew);
            write(stream);
            stream.Flush(flushToDisk: true);
            return temporary;
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static string? Refusal(string path, OutputKind kind, bool force, IReadOnlyList<string> inputs)
    {
        if (Directory.Exists(path)) return $"cannot write the {kind.What} to '{path}': it is a directory";
        if (inputs.Any(input => FileIdentity.Same(input, path)))
            return $"cannot write the {kind.What} to '{path}': it is the trace being read; choose another name";
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is null || !Directory.Exists(folder)) return $"cannot write the {kind.What} to '{path}': the folder '{folder}' does not exist";
        var exists = File.Exists(path) || new FileInfo(path).LinkTarget is not null;
        if (exists && !force) return $"'{path}' already exists; add --force to replace it";
        return null;
    }

    private static bool WriteToStandardOutput(CliOutput io, OutputKind kind, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        if (kind.Text)
        {
            io.Out.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            io.Out.Flush();
            return true;
        }
        io.Out.Flush();
        using var raw = io.OpenBinaryOut();
        buffer.WriteTo(raw);
        raw.Flush();
        return true;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only a leftover temporary file with a dot name; what the user asked for is unchanged.
        }
    }
}
