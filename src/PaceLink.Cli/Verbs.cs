using System.CommandLine;

namespace PaceLink.Cli;

/// <summary>The `pacelink` verbs. Each lives in its own class under Commands/.</summary>
internal static class Verbs
{
    /// <summary>Parses and runs a command line; one that does not parse gets one sentence per problem and exit code 2.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => RunAsync(args, stdout, stderr).GetAwaiter().GetResult();

    /// <inheritdoc cref="Run"/>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation = default)
    {
        var root = BuildRoot(stdout, stderr);
        var result = root.Parse(args);
        // "pacelink" alone lists the verbs, as --help does.
        if (args.Length == 0) return await root.Parse(["--help"]).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellation);
        var problems = UsageErrors.Describe(result, root);
        if (result.Errors.Count == 0)
            return await result.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellation);
        foreach (var problem in problems) stderr.WriteLine($"error: {problem}");
        stderr.WriteLine(UsageErrors.Hint(result, root));
        return UsageErrors.ExitCode;
    }

    public static RootCommand BuildRoot(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("PaceLink: live interval coaching from Bluetooth running sensors (foot pod, heart-rate strap).");
        var io = new CliOutput(stdout, stderr);
        Command[] verbs =
        [
            Commands.DecodeCommand.Create(io),
            Commands.ReplayCommand.Build(io),
            Commands.EmulateCommand.Build(io),
            Commands.RelayCommand.Build(io),
            Commands.RunCommand.Build(io),
            Commands.SimulateAccuracyCommand.Build(io),
            Commands.ScanCommand.Build(io),
            Commands.PairCommand.Build(io),
            Commands.SensorsCommand.Build(io),
            Commands.ForgetCommand.Build(io),
            Commands.SimulateBlueZCommand.Build(io),
            Commands.ServeCommand.Build(io),
            Commands.StatusCommand.Build(io),
            Commands.StartCommand.Build(io),
            Commands.LapCommand.Build(io),
            Commands.PauseCommand.Build(io),
            Commands.ResumeCommand.Build(io),
            Commands.StopCommand.Build(io),
            Commands.ReviewCommand.Build(io),
            Commands.ExportCommand.Build(io),
            Commands.WorkoutCommand.Build(io),
            Commands.TraceCheckCommand.Build(io),
            Commands.CalibrateCommand.Build(io),
            Commands.HistoryCommand.Build(io),
        ];
        foreach (var verb in verbs) root.Subcommands.Add(verb);
        return root;
    }
}

/// <summary>Where a verb writes: injected so tests read exactly what a user would see.</summary>
internal sealed record CliOutput(TextWriter Out, TextWriter Error)
{
    /// <summary>Exit code of a verb that could not do what it was asked; a command line that does not parse is <see cref="UsageErrors.ExitCode"/>.</summary>
    public const int Failed = 1;

    /// <summary>
    /// How a verb gives up: one sentence on standard error ("error: " first, unless <paramref name="label"/>
    /// says otherwise) and the exit code to return, <see cref="Failed"/> unless the verb has its own.
    /// </summary>
    public int Fail(string sentence, int exitCode = Failed, string label = "error: ")
    {
        Error.WriteLine(label + sentence);
        return exitCode;
    }

    /// <summary>Standard output as bytes, for a binary file (FIT, PNG) written to <c>-</c>.</summary>
    public Func<Stream> OpenBinaryOut { get; init; } = Console.OpenStandardOutput;
}
