using ChatOps.Core.Checking;

namespace ChatOps.Cli.Tests.TestSupport;

/// <summary>Runs the CLI in-process with a fake console and captures exit code, stdout and stderr.</summary>
internal static class InProcessCli
{
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(new CliOptions(), args);

    public static async Task<CliRun> RunAsync(CliOptions options, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var stdin = new StringReader(options.Stdin);
        var console = new CliConsole(stdin, stdout, stderr)
        {
            IsOutputTerminal = options.IsTerminal,
            IsErrorTerminal = options.IsTerminal,
            NoColor = options.NoColor,
        };
        var context = new CliContext(console, options.Checker ?? new CiteFirstChecker());
        var exitCode = await CliApplication.RunAsync(args, context, CancellationToken.None);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
