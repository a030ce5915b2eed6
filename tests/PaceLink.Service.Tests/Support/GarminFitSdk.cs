using System.Diagnostics;
using System.Text.Json;

namespace PaceLink.Service.Tests.Support;

/// <summary>
/// Decodes a FIT file with Garmin's JavaScript FIT SDK (npm <c>@garmin/fitsdk</c>, pinned in
/// tests/fit-reader/package-lock.json and installed there by <c>npm ci</c>) and returns its JSON:
/// <c>isFit</c>, <c>integrity</c>, <c>errors</c> and <c>messages</c> (e.g. <c>lapMesgs</c>).
/// A missing node or SDK fails the test with a sentence saying how to install it.
/// </summary>
public static class GarminFitSdk
{
    public static JsonElement Decode(byte[] file)
    {
        var folder = ReaderFolder();
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@garmin", "fitsdk")))
            throw new InvalidOperationException($"Garmin's FIT SDK is not installed: run `npm ci` in {folder} (.ci/run does).");
        using var temp = new TempFolder("fit-sdk");
        var path = temp.File("input.fit");
        File.WriteAllBytes(path, file);
        var start = new ProcessStartInfo("node", ["decode.mjs", path])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process node;
        try { node = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("node is not installed: the FIT SDK check needs it (apt-get install nodejs npm).", e);
        }
        using (node)
        {
            var stderr = node.StandardError.ReadToEndAsync();
            var stdout = node.StandardOutput.ReadToEnd();
            node.WaitForExit();
            if (node.ExitCode != 0) throw new InvalidOperationException($"the FIT SDK decoder failed: {stderr.Result}");
            return JsonDocument.Parse(stdout).RootElement.Clone();
        }
    }

    /// <summary>The messages of one kind ("lapMesgs"), or none.</summary>
    public static IReadOnlyList<JsonElement> Messages(this JsonElement decoded, string kind) =>
        decoded.GetProperty("messages").TryGetProperty(kind, out var list) ? [.. list.EnumerateArray()] : [];

    private static string ReaderFolder() => Path.Combine(RepositoryRoot(), "tests", "fit-reader");

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PaceLink.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository (PaceLink.sln) above the test binaries.");
    }
}
