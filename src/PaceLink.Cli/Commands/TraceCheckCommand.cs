using System.CommandLine;
using PaceLink.Cli.Options;
using PaceLink.Core.Recording.Check;

namespace PaceLink.Cli.Commands;

/// <summary>
/// <c>pacelink trace check FILE [--repair]</c>: lists what is wrong with a trace, line by line.
/// <c>--repair</c> drops what no reader can use (a torn last line, garbage, unusable records),
/// keeps every readable line as written, and keeps the original as FILE.bak.
/// Exit codes: 0 healthy or repaired, 1 damaged (not repaired), 2 unreadable.
/// </summary>
internal static class TraceCheckCommand
{
    public static Command Build(CliOutput io)
    {
        var file = new Argument<string>("file") { Description = "the trace file (.jsonl)" };
        var repair = new Option<bool>("--repair") { Description = "drop damaged lines; the original is kept as FILE.bak" };
        var check = new Command("check", "Report damaged lines in a trace, with line numbers; --repair fixes what can be fixed");
        check.Arguments.Add(file);
        check.Options.Add(repair);
        check.SetAction(result => Run(io, result.GetValue(file)!, result.GetValue(repair)));
        var trace = new Command("trace", "Work with recorded trace files");
        trace.Subcommands.Add(check);
        return trace;
    }

    private static int Run(CliOutput io, string path, bool repair)
    {
        TraceCheckReport report;
        try
        {
            // Read as it is checked, a line at a time: a long trace never sits in memory whole.
            // Invalid UTF-8 becomes U+FFFD and then fails to parse: it is reported, never thrown.
            using var stream = File.OpenRead(path);
            report = TraceChecker.Check(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            io.Error.WriteLine($"pacelink trace check: cannot read {path}: {e.Message}");
            return 2;
        }
        foreach (var finding in report.Findings) io.Out.WriteLine(finding);
        if (report.IsFatal)
        {
            io.Error.WriteLine($"{path}: not a readable trace; nothing to repair");
            return 2;
        }
        io.Out.WriteLine($"{path}: {report.Lines} lines, {report.Records} records, {report.Repairable} damaged");
        if (report.Healthy) return 0;
        if (!repair)
        {
            io.Out.WriteLine("run again with --repair to drop the damaged lines (the original is kept as a .bak file)");
            return 1;
        }
        return Repair(io, path, report);
    }

    private static int Repair(CliOutput io, string path, TraceCheckReport report)
    {
        var backup = FreeName(path + ".bak");
        string? temporary = null;
        try
        {
            // A fresh name beside the trace: a file the user keeps there is never overwritten.
            var full = Path.GetFullPath(path);
            temporary = OutputFile.WriteTemporary(Path.GetDirectoryName(full)!, Path.GetFileName(full), s =>
            {
                // The kept lines are copied from the file again, as written.
                using var original = File.OpenRead(path);
                TraceChecker.WriteRepaired(original, s, report);
            });
            // Replace swaps the files in one step: the trace is never half-written, and the original
            // survives as the backup.
            File.Replace(temporary, path, backup);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine($"pacelink trace check: could not repair {path}: {e.Message}; the file is unchanged");
            if (temporary is not null) TryDelete(temporary);
            return 2;
        }
        io.Out.WriteLine($"repaired: kept {report.KeptLineCount} lines, dropped or fixed {report.Repairable}; the original is {backup}");
        return 0;
    }

    private static string FreeName(string wanted)
    {
        var name = wanted;
        for (var n = 2; File.Exists(name); n++) name = $"{wanted}.{n}";
        return name;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only a leftover temporary file; the trace itself is untouched.
        }
    }
}
