namespace ChatOps.Cli.Tests.TestSupport;

/// <summary>What one in-process run of the CLI produced.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The stderr lines, without the trailing empty one.</summary>
    public IReadOnlyList<string> StderrLines =>
        Stderr.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
