namespace PaceLink.Tests.Support;

/// <summary>A simulated 10k trace in a temporary folder, shared by the tests of one class.</summary>
public sealed class TenKTrace : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("pacelink-cli-").FullName;
    public SimulatedTrace Trace { get; }
    public TenKTrace() => Trace = SimulatedTraces.TenK(Folder);
    public string PathFor(string name) => System.IO.Path.Combine(Folder, name);
    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>Runs a verb the way a user would and captures what they would see.</summary>
public static class CliRunner
{
    public static (int Code, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = PaceLink.Cli.Verbs.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
