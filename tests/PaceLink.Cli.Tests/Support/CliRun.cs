namespace PaceLink.Cli.Tests.Support;

/// <summary>Runs `pacelink` in-process and captures what a user would see.</summary>
public static class CliRun
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Verbs.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
