using ChatOps.Core.Checking;

namespace ChatOps.Cli;

/// <summary>What every command may need: the console and the services it drives; commands add nothing global.</summary>
internal sealed record CliContext(CliConsole Console, ICiteFirstChecker Checker)
{
    /// <summary>The production wiring: the real cite-first checker.</summary>
    public static CliContext ForConsole(CliConsole console) => new(console, new CiteFirstChecker());
}
