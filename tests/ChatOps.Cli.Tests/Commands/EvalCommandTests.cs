using System.Text.Json;
using ChatOps.Cli.Tests.TestSupport;
using ChatOps.Core.Checking;

namespace ChatOps.Cli.Tests.Commands;

public sealed class EvalCommandTests : IDisposable
{
    private readonly CliSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    [Fact]
    public async Task Eval_SetWithoutThresholds_ExitsZeroAndPrintsTheMetrics()
    {
        // Arrange
        var set = CaseFiles.WriteAgreedSet(sandbox);

        // Act
        var run = await InProcessCli.RunAsync("eval", "--set", set);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("eval: 3 cases", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("verdict accuracy", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("false-rejection rate", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("finding F1", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("uncited-claim", run.Stdout, StringComparison.Ordinal);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task Eval_MislabelledCaseBelowMinVerdictAccuracy_ExitsOneNamingTheThreshold()
    {
        // Arrange: an accepted draft labelled rejected, which no correct checker can agree with.
        var set = CaseFiles.WriteAgreedSet(sandbox);
        CaseFiles.Write(sandbox, "set/d-mislabelled.json", "d", CliSandbox.AcceptedDraft, "rejected",
            ("uncited-claim", "The API returned errors"));

        // Act
        var run = await InProcessCli.RunAsync("eval", "--set", set, "--min-verdict-acc", "0.99");

        // Assert
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("--min-verdict-acc", line, StringComparison.Ordinal);
        Assert.Contains("d-mislabelled.json", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("missing:    uncited-claim  \"The API returned errors\"", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("got accepted, expected rejected", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_CheckerRejectingEverything_FailsMaxFalseRejection()
    {
        // Arrange
        var set = CaseFiles.WriteAgreedSet(sandbox);
        var options = new CliOptions { Checker = FixedChecker.RejectsFirstLine };

        // Act
        var run = await InProcessCli.RunAsync(options, "eval", "--set", set, "--max-false-rejection", "0.1", "--min-verdict-acc", "0.1");

        // Assert
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("false-rejection rate 1.000 is above --max-false-rejection 0.1", line, StringComparison.Ordinal);
        Assert.DoesNotContain("--min-verdict-acc", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_CheckerFindingNothing_FailsMinFindingF1()
    {
        // Arrange
        var set = CaseFiles.WriteAgreedSet(sandbox);
        var options = new CliOptions { Checker = new FixedChecker(_ => new CheckResult(Verdict.Accepted, [], [])) };

        // Act
        var run = await InProcessCli.RunAsync(options, "eval", "--set", set, "--min-finding-f1", "0.5");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--min-finding-f1", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_JsonFormat_WritesMetricsRulesWrongCasesAndThresholds()
    {
        // Arrange
        var set = CaseFiles.WriteAgreedSet(sandbox);
        var options = new CliOptions { Checker = FixedChecker.RejectsFirstLine };

        // Act
        var run = await InProcessCli.RunAsync(options, "eval", "--set", set, "--format", "json", "--max-false-rejection", "0.5");

        // Assert
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("cases").GetInt32());
        Assert.Equal(1.0 / 3, root.GetProperty("verdictAccuracy").GetDouble(), 6);
        Assert.Equal(1.0, root.GetProperty("falseRejectionRate").GetDouble());
        Assert.Equal(1.0, root.GetProperty("findings").GetProperty("recall").GetDouble());
        Assert.Equal(RuleIds.All.Count, root.GetProperty("rules").GetArrayLength());
        var wrong = root.GetProperty("wrongCases").EnumerateArray().Select(c => c.GetProperty("id").GetString());
        Assert.Equal(["a", "b"], wrong);
        var threshold = Assert.Single(root.GetProperty("thresholds").EnumerateArray());
        Assert.False(threshold.GetProperty("passed").GetBoolean());
        Assert.False(root.GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task Eval_SingleCaseFile_IsAccepted()
    {
        // Arrange
        var file = CaseFiles.Write(sandbox, "one.json", "one", CliSandbox.AcceptedDraft, "accepted");

        // Act
        var run = await InProcessCli.RunAsync("eval", "--set", file);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("eval: 1 case from", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_StderrIsATerminal_ShowsProgressThere()
    {
        // Arrange
        var set = CaseFiles.WriteAgreedSet(sandbox);

        // Act
        var run = await InProcessCli.RunAsync(new CliOptions { IsTerminal = true, NoColor = true }, "eval", "--set", set);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("checking 3/3 c", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("checking", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MissingSetDirectory_ExitsTwoNamingIt()
    {
        var missing = Path.Combine(sandbox.Directory, "no-such-set");

        var run = await InProcessCli.RunAsync("eval", "--set", missing);

        CliAssert.BadInput(run, missing, "no such file or directory");
    }

    [Fact]
    public async Task Eval_SetWithoutCaseFiles_ExitsTwoNamingIt()
    {
        sandbox.Write("empty/readme.txt", "no cases here");
        var empty = Path.Combine(sandbox.Directory, "empty");

        var run = await InProcessCli.RunAsync("eval", "--set", empty);

        CliAssert.BadInput(run, empty, "no *.json case files");
    }

    [Fact]
    public async Task Eval_CaseFileWithBadJson_ExitsTwoNamingFileLineAndColumn()
    {
        CaseFiles.WriteAgreedSet(sandbox);
        var bad = sandbox.Write("set/z-bad.json", "{\n  \"id\": \"z\",,\n}");

        var run = await InProcessCli.RunAsync("eval", "--set", Path.Combine(sandbox.Directory, "set"));

        CliAssert.BadInput(run, $"{bad}:2:", "invalid JSON");
    }

    [Fact]
    public async Task Eval_CaseWithUnknownWorkflow_ExitsTwoNamingTheJsonPath()
    {
        var file = sandbox.Write("bad.json",
            """{"id":"x","workflow":"blog","evidence":{"sources":[]},"draft":"Hi.","expected":{"verdict":"accepted"}}""");

        var run = await InProcessCli.RunAsync("eval", "--set", file);

        CliAssert.BadInput(run, file, "workflow \"blog\" is not a workflow");
    }

    [Theory]
    [InlineData("--min-verdict-acc", "1.5")]
    [InlineData("--max-false-rejection", "-0.1")]
    [InlineData("--min-finding-f1", "high")]
    public async Task Eval_ThresholdOutsideZeroToOne_ExitsTwoNamingTheOption(string option, string value)
    {
        var set = CaseFiles.WriteAgreedSet(sandbox);

        var run = await InProcessCli.RunAsync("eval", "--set", set, option, value);

        CliAssert.BadInput(run, option, "between 0 and 1");
    }

    [Fact]
    public async Task Eval_UnknownFormat_ExitsTwo()
    {
        var set = CaseFiles.WriteAgreedSet(sandbox);

        var run = await InProcessCli.RunAsync("eval", "--set", set, "--format", "csv");

        CliAssert.BadInput(run, "csv", "text or json");
    }
}
