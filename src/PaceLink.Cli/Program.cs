using PaceLink.Cli;

return await Verbs.RunAsync(args, Console.Out, Console.Error);
