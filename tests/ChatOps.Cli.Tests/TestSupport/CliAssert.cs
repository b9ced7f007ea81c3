namespace ChatOps.Cli.Tests.TestSupport;

/// <summary>Assertions every bad-input test shares: exit 2, nothing on stdout, one <c>chatops:</c> line on stderr.</summary>
internal static class CliAssert
{
    public static void BadInput(CliRun run, string names, string says)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("chatops: ", line, StringComparison.Ordinal);
        Assert.Contains(names, line, StringComparison.Ordinal);
        Assert.Contains(says, line, StringComparison.Ordinal);
    }
}
