using Spectre.Console;

namespace PaceLink.Cli.Rendering;

/// <summary>
/// A Spectre.Console console over a verb's output. A real terminal gets colour; anything else
/// (a pipe, a file, a test) gets the same tables as plain text, wide enough not to wrap.
/// </summary>
public static class Terminal
{
    public static IAnsiConsole For(TextWriter output)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive) console.Profile.Width = 160;
        return console;
    }
}
