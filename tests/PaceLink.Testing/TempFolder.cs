namespace PaceLink.Testing;

/// <summary>
/// A fresh folder of a test's own under the system's temporary folder, deleted with all it holds on
/// Dispose. Its name says what it is for (pacelink-PURPOSE-…), so a folder left by a killed run is traceable.
/// </summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string purpose) => Path = Directory.CreateTempSubdirectory($"pacelink-{purpose}-").FullName;

    public string Path { get; }

    /// <summary>A path inside the folder, such as "config/token"; nothing is created.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public override string ToString() => Path;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a stopping host or child process: the system cleans its temporary folder.
        }
    }
}
