using PaceLink.Cli;

return await Verbs.BuildRoot(Console.Out, Console.Error).Parse(args).InvokeAsync();
