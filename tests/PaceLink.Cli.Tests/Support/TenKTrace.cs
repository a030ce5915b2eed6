namespace PaceLink.Cli.Tests.Support;

/// <summary>A simulated 10k trace in a temporary folder, shared by the tests of one class.</summary>
public sealed class TenKTrace : IDisposable
{
    private readonly TempFolder _folder = new("ten-k");
    public string Folder => _folder.Path;
    public SimulatedTrace Trace { get; }
    public TenKTrace() => Trace = SimulatedTraces.TenK(Folder);
    public string PathFor(string name) => _folder.File(name);
    public void Dispose() => _folder.Dispose();
}
