using System.Text.Json;
using ChatOps.Cli.Tests.TestSupport;

namespace ChatOps.Cli.Tests.Commands;

public sealed class CheckCommandTests : IDisposable
{
    private readonly CliSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    [Fact]
    public async Task Check_CitedDraft_ExitsZeroAndSaysAccepted()
    {
        // Arrange
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var draft = sandbox.Write("draft.md", CliSandbox.AcceptedDraft);

        // Act
        var run = await InProcessCli.RunAsync("check", "--evidence", evidence, "--draft", draft);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("accepted", run.Stdout, StringComparison.Ordinal);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task Check_UncitedTimelineClaim_ExitsOneAndNamesTheRule()
    {
        // Arrange
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var draft = sandbox.Write("draft.md", CliSandbox.RejectedDraft);

        // Act
        var run = await InProcessCli.RunAsync("check", "--evidence", evidence, "--draft", draft, "--workflow", "incident-internal");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("uncited-claim", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("rejected", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_JsonFormat_WritesVerdictFindingsAndStatements()
    {
        // Arrange
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var draft = sandbox.Write("draft.md", CliSandbox.AcceptedDraft);

        // Act
        var run = await InProcessCli.RunAsync("check", "--evidence", evidence, "--draft", draft, "--format", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(["verdict", "findings", "statements"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("accepted", root.GetProperty("verdict").GetString());
        Assert.Empty(root.GetProperty("findings").EnumerateArray());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("statements").ValueKind);
    }

    [Fact]
    public async Task Check_JsonFormatWithFinding_WritesEveryDocumentedField()
    {
        // Arrange
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var draft = sandbox.Write("draft.md", CliSandbox.RejectedDraft);
        var options = new CliOptions { Checker = FixedChecker.RejectsFirstLine };

        // Act
        var run = await InProcessCli.RunAsync(options, "check", "--evidence", evidence, "--draft", draft, "--format", "json");

        // Assert
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal("rejected", root.GetProperty("verdict").GetString());
        var finding = Assert.Single(root.GetProperty("findings").EnumerateArray());
        Assert.Equal(["rule", "text", "start", "end", "line", "message", "suggestion"], finding.EnumerateObject().Select(p => p.Name));
        Assert.Equal("uncited-claim", finding.GetProperty("rule").GetString());
        Assert.Equal("The database failed at 14:02 UTC.", finding.GetProperty("text").GetString());
        Assert.Equal(0, finding.GetProperty("start").GetInt32());
        Assert.Equal(33, finding.GetProperty("end").GetInt32());
        Assert.Equal(1, finding.GetProperty("line").GetInt32());
        var statement = Assert.Single(root.GetProperty("statements").EnumerateArray());
        Assert.Equal(["text", "start", "end", "kind", "citations", "support"], statement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("claim", statement.GetProperty("kind").GetString());
        Assert.Empty(statement.GetProperty("citations").EnumerateArray());
        Assert.Empty(statement.GetProperty("support").EnumerateArray());
    }

    [Fact]
    public async Task Check_JsonFormat_CitedClaimCarriesTheSentenceOfTheSourceThatSupportsIt()
    {
        // Arrange
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var draft = sandbox.Write("draft.md", CliSandbox.AcceptedDraft);

        // Act
        var run = await InProcessCli.RunAsync(new CliOptions(), "check", "--evidence", evidence, "--draft", draft, "--format", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var support = Assert.Single(Assert.Single(json.RootElement.GetProperty("statements").EnumerateArray()).GetProperty("support").EnumerateArray());
        Assert.Equal("S1", support.GetProperty("source").GetString());
        Assert.Equal(0, support.GetProperty("start").GetInt32());
        Assert.Equal(43, support.GetProperty("end").GetInt32());
        Assert.Equal("The API returned errors for some customers.", support.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Check_CitationOfASourceThatDoesNotSayIt_IsUnsupported_AndTheMessageNamesWhatIsMissing()
    {
        // Arrange
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var draft = sandbox.Write("draft.md", "The root cause was a DNS misconfiguration at our CDN provider [S1].\n");

        // Act
        var run = await InProcessCli.RunAsync(new CliOptions(), "check", "--evidence", evidence, "--draft", draft);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unsupported-claim: No cited source (S1) mentions 'DNS' or 'CDN'", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("S1: \"The API returned errors for some customers.\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_DraftDash_ReadsStandardInput()
    {
        // Arrange
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var options = new CliOptions { Stdin = CliSandbox.AcceptedDraft };

        // Act
        var run = await InProcessCli.RunAsync(options, "check", "--evidence", evidence, "--draft", "-");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task Check_RejectedDraftFromStdin_ExitsOne()
    {
        // Arrange
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var options = new CliOptions { Stdin = CliSandbox.RejectedDraft };

        // Act
        var run = await InProcessCli.RunAsync(options, "check", "--evidence", evidence, "--draft", "-");

        // Assert
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Check_TextFormat_UnderlinesTheFindingSpanWithLineNumberMessageAndSuggestion()
    {
        // Arrange
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var draft = sandbox.Write("draft.md", CliSandbox.RejectedDraft);
        var options = new CliOptions { Checker = FixedChecker.RejectsFirstLine };

        // Act
        var run = await InProcessCli.RunAsync(options, "check", "--evidence", evidence, "--draft", draft);

        // Assert
        var lines = run.Stdout.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains($"{draft}:1: uncited-claim: This claim cites no source.", lines);
        Assert.Contains("  1 | The database failed at 14:02 UTC.", lines);
        Assert.Contains("    | " + new string('^', 33), lines);
        Assert.Contains("  fix: Cite a source, e.g. [S1].", lines);
        Assert.Contains("rejected: 1 finding in 1 of 1 statement checked.", lines);
    }

    [Fact]
    public async Task Check_OutputNotATerminal_WritesNoAnsiEscapes()
    {
        // Arrange
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var draft = sandbox.Write("draft.md", CliSandbox.RejectedDraft);
        var options = new CliOptions { Checker = FixedChecker.RejectsFirstLine, IsTerminal = false };

        // Act
        var run = await InProcessCli.RunAsync(options, "check", "--evidence", evidence, "--draft", draft);

        // Assert
        Assert.DoesNotContain('\u001b', run.Stdout);
    }

    [Fact]
    public async Task Check_TerminalWithNoColor_WritesNoAnsiEscapes()
    {
        // Arrange
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var draft = sandbox.Write("draft.md", CliSandbox.RejectedDraft);
        var options = new CliOptions { Checker = FixedChecker.RejectsFirstLine, IsTerminal = true, NoColor = true };

        // Act
        var run = await InProcessCli.RunAsync(options, "check", "--evidence", evidence, "--draft", draft);

        // Assert
        Assert.DoesNotContain('\u001b', run.Stdout);
    }

    [Fact]
    public async Task Check_TerminalWithColorAllowed_ColoursTheRule()
    {
        // Arrange
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var draft = sandbox.Write("draft.md", CliSandbox.RejectedDraft);
        var options = new CliOptions { Checker = FixedChecker.RejectsFirstLine, IsTerminal = true };

        // Act
        var run = await InProcessCli.RunAsync(options, "check", "--evidence", evidence, "--draft", draft);

        // Assert
        Assert.Contains("\u001b[31muncited-claim", run.Stdout, StringComparison.Ordinal);
    }
}
