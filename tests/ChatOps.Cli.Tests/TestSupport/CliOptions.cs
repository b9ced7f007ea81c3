using ChatOps.Core.Checking;

namespace ChatOps.Cli.Tests.TestSupport;

/// <summary>How a test wants the fake console set up for one run.</summary>
internal sealed record CliOptions
{
    public string Stdin { get; init; } = "";

    public bool IsTerminal { get; init; }

    public bool NoColor { get; init; }

    /// <summary>A stand-in checker; null runs the real <see cref="CiteFirstChecker"/>.</summary>
    public ICiteFirstChecker? Checker { get; init; }
}
