using ChatOps.Cli;

return await CliApplication.RunAsync(args, CliContext.ForConsole(CliConsole.FromSystem()), CancellationToken.None);
