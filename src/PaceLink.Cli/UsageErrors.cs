using System.CommandLine;
using System.Text.RegularExpressions;

namespace PaceLink.Cli;

/// <summary>
/// A command line PaceLink cannot parse gets one sentence in PaceLink's words and exit code 2:
/// "unknown command 'relay'", "--speed takes a number, not 'abc'". The parser's own messages name
/// .NET types and are followed by the whole help, which buries the one line that matters.
/// </summary>
internal static partial class UsageErrors
{
    /// <summary>Exit code of a command line that could not be parsed.</summary>
    public const int ExitCode = 2;

    /// <summary>The sentences for <paramref name="result"/>'s errors; empty when it parsed.</summary>
    public static IReadOnlyList<string> Describe(ParseResult result, RootCommand root)
    {
        if (result.Errors.Count == 0) return [];
        var verb = result.CommandResult.Command;
        var sentences = new List<string>();
        foreach (var error in result.Errors)
        {
            var message = error.Message;
            if (message.StartsWith("Required command was not provided", StringComparison.Ordinal)) continue;
            if (message.Contains("was not matched", StringComparison.Ordinal)) continue;
            if (UnknownToken().Match(message) is { Success: true } unknown)
            {
                var token = unknown.Groups[1].Value;
                // After an unknown verb, the words that follow it are its arguments, not more mistakes.
                if (verb == root && sentences.Count > 0) continue;
                sentences.Add(verb == root && !token.StartsWith('-')
                    ? $"unknown command '{token}'{Suggest(token, root.Subcommands.Select(c => c.Name))}"
                    : $"{(token.StartsWith('-') ? "unknown option" : "unexpected argument")} '{token}' for '{Name(verb, root)}'");
                continue;
            }
            if (WrongType().Match(message) is { Success: true } wrong)
            {
                sentences.Add($"{wrong.Groups[2].Value} takes {Kind(wrong.Groups[3].Value)}, not '{wrong.Groups[1].Value}'");
                continue;
            }
            sentences.Add(message.TrimEnd('.'));
        }
        return sentences.Distinct().ToList();
    }

    /// <summary>Where to read more: the verb's own help, or the list of verbs.</summary>
    public static string Hint(ParseResult result, RootCommand root) =>
        result.CommandResult.Command == root ? "run 'pacelink --help' for the commands" : $"run '{Name(result.CommandResult.Command, root)} --help' for its options";

    private static string Name(Command verb, RootCommand root) => verb == root ? "pacelink" : $"pacelink {verb.Name}";

    private static string Kind(string type) => type switch
    {
        "System.Double" or "System.Single" or "System.Decimal" => "a number",
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Boolean" => "true or false",
        _ => "another kind of value",
    };

    /// <summary>"; did you mean 'replay'?" for a near miss (at most two letters off).</summary>
    private static string Suggest(string token, IEnumerable<string> verbs)
    {
        var best = verbs.Select(v => (Verb: v, Distance: Distance(token, v))).Where(c => c.Distance <= 2).OrderBy(c => c.Distance).FirstOrDefault();
        return best.Verb is null ? "" : $"; did you mean '{best.Verb}'?";
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }

    [GeneratedRegex("^Unrecognized command or argument '(.*)'")]
    private static partial Regex UnknownToken();

    [GeneratedRegex("^Cannot parse argument '(.*)' for option '(.*)' as expected type '(.*)'")]
    private static partial Regex WrongType();
}
