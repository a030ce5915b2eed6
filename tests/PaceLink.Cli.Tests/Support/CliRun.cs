namespace PaceLink.Cli.Tests.Support;

/// <summary>Runs `pacelink` in-process and captures what a user would see: the exit code, standard output and standard error.</summary>
public static class CliRun
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Verbs.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// The same for a verb that runs until it is done or cancelled (a relay, a scan, a server). Its
    /// writers are synchronized: such verbs write from the bus's and the host's threads.
    /// </summary>
    public static async Task<(int Exit, string Out, string Error)> RunAsync(string[] args, CancellationToken cancellation = default)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Verbs.RunAsync(args, TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr), cancellation);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
