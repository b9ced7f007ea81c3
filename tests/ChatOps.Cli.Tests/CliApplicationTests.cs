using ChatOps.Cli.Tests.TestSupport;

namespace ChatOps.Cli.Tests;

public sealed class CliApplicationTests : IDisposable
{
    private readonly CliSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    [Fact]
    public async Task Run_NoCommand_ExitsTwoWithOneLine()
    {
        var run = await InProcessCli.RunAsync();

        CliAssert.BadInput(run, "chatops --help", "command");
    }

    [Fact]
    public async Task Run_UnknownOption_ExitsTwoWithOneLine()
    {
        var run = await InProcessCli.RunAsync("check", "--evidence", "e.json", "--draft", "d.md", "--colour");

        CliAssert.BadInput(run, "--colour", "chatops check --help");
    }

    [Fact]
    public async Task Run_Help_ExitsZeroAndListsTheCommands()
    {
        var run = await InProcessCli.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("check", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("eval", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CheckerThrows_ExitsSeventyWithOneLineAndNoStackTrace()
    {
        // Arrange
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var draft = sandbox.Write("draft.md", CliSandbox.AcceptedDraft);
        var options = new CliOptions { Checker = new ThrowingChecker() };

        // Act
        var run = await InProcessCli.RunAsync(options, "check", "--evidence", evidence, "--draft", draft);

        // Assert
        Assert.Equal(70, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("internal error (InvalidOperationException: checker exploded at line two)", line, StringComparison.Ordinal);
    }
}
