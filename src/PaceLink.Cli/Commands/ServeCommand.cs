using System.CommandLine;
using PaceLink.Service.Hosting;

namespace PaceLink.Cli.Commands;

/// <summary>`pacelink serve`: the long-running service (HTTP API, dashboard, spoken cues, webhooks).</summary>
internal static class ServeCommand
{
    public static Command Build(CliOutput io)
    {
        var urls = new Option<string?>("--urls") { Description = "Where the API listens (default http://127.0.0.1:5180). Any non-loopback address turns the token on." };
        var data = new Option<string?>("--data-folder") { Description = "Folder for traces and summaries." };
        var logFormat = new Option<string?>("--log-format") { Description = "text or json (compact JSON lines)." };
        var logFile = new Option<string?>("--log-file") { Description = "Also log to this rolling file." };
        var units = new Option<string?>("--units") { Description = "km or mi: the unit of paces and distances on the dashboard, in cues and the terminal (configuration Workout:Units)." };
        var command = new Command("serve", "Run PaceLink as a service: HTTP API, live dashboard, spoken cues, webhooks. Works under systemd (Type=notify) and as a Windows service.")
        {
            urls, data, logFormat, logFile, units,
        };
        // Any other configuration key can be given as --Section:Key=value and goes to the host untouched.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var args = new List<string>();
            Add(args, "--urls", parse.GetValue(urls));
            Add(args, "--data-folder", parse.GetValue(data));
            Add(args, "--log-format", parse.GetValue(logFormat));
            Add(args, "--log-file", parse.GetValue(logFile));
            Add(args, "--units", parse.GetValue(units));
            args.AddRange(parse.UnmatchedTokens);
            return await ServiceRunner.RunAsync([.. args], io.Error, ct);
        });
        return command;
    }

    private static void Add(List<string> args, string name, string? value)
    {
        if (value is not null) args.AddRange([name, value]);
    }
}
