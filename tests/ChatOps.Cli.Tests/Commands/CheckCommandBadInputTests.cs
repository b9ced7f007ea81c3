using ChatOps.Cli.Tests.TestSupport;

namespace ChatOps.Cli.Tests.Commands;

public sealed class CheckCommandBadInputTests : IDisposable
{
    private readonly CliSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    [Fact]
    public async Task Check_MissingEvidenceFile_ExitsTwoNamingTheFile()
    {
        var draft = sandbox.Write("draft.md", CliSandbox.AcceptedDraft);
        var missing = Path.Combine(sandbox.Directory, "nope.json");

        var run = await InProcessCli.RunAsync("check", "--evidence", missing, "--draft", draft);

        CliAssert.BadInput(run, missing, "not found");
    }

    [Fact]
    public async Task Check_MissingDraftFile_ExitsTwoNamingTheFile()
    {
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var missing = Path.Combine(sandbox.Directory, "nope.md");

        var run = await InProcessCli.RunAsync("check", "--evidence", evidence, "--draft", missing);

        CliAssert.BadInput(run, missing, "--draft");
    }

    [Fact]
    public async Task Check_EvidenceIsADirectory_ExitsTwoNamingIt()
    {
        var draft = sandbox.Write("draft.md", CliSandbox.AcceptedDraft);

        var run = await InProcessCli.RunAsync("check", "--evidence", sandbox.Directory, "--draft", draft);

        CliAssert.BadInput(run, sandbox.Directory, "directory");
    }

    [Fact]
    public async Task Check_UnreadableEvidence_ExitsTwoNamingTheFile()
    {
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var draft = sandbox.Write("draft.md", CliSandbox.AcceptedDraft);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(evidence, UnixFileMode.None);
        if (CanRead(evidence))
        {
            // Root reads any file, so there is no unreadable file to test with.
            return;
        }

        var run = await InProcessCli.RunAsync("check", "--evidence", evidence, "--draft", draft);

        CliAssert.BadInput(run, evidence, "cannot be read");
    }

    [Fact]
    public async Task Check_InvalidEvidenceJson_ExitsTwoWithLineAndColumn()
    {
        var evidence = sandbox.Write("evidence.json", "{\"sources\": [\n  {\"id\": \"S1\", \"kind\": x}\n]}");
        var draft = sandbox.Write("draft.md", CliSandbox.AcceptedDraft);

        var run = await InProcessCli.RunAsync("check", "--evidence", evidence, "--draft", draft);

        CliAssert.BadInput(run, $"{evidence}:2:", "invalid JSON");
    }

    [Fact]
    public async Task Check_SourceWithoutId_ExitsTwoNamingTheJsonPath()
    {
        var evidence = sandbox.Write("evidence.json", """{"sources":[{"kind":"ticket","text":"x"}]}""");
        var draft = sandbox.Write("draft.md", CliSandbox.AcceptedDraft);

        var run = await InProcessCli.RunAsync("check", "--evidence", evidence, "--draft", draft);

        CliAssert.BadInput(run, evidence, "sources[0].id");
    }

    [Fact]
    public async Task Check_DuplicateSourceIds_ExitsTwoNamingTheId()
    {
        var evidence = sandbox.Write("evidence.json",
            """{"sources":[{"id":"S1","kind":"ticket","text":"a"},{"id":"S1","kind":"doc","text":"b"}]}""");
        var draft = sandbox.Write("draft.md", CliSandbox.AcceptedDraft);

        var run = await InProcessCli.RunAsync("check", "--evidence", evidence, "--draft", draft);

        CliAssert.BadInput(run, evidence, "\"S1\"");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\n")]
    public async Task Check_EmptyDraft_ExitsTwoNamingTheFile(string content)
    {
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var draft = sandbox.Write("draft.md", content);

        var run = await InProcessCli.RunAsync("check", "--evidence", evidence, "--draft", draft);

        CliAssert.BadInput(run, draft, "empty");
    }

    [Fact]
    public async Task Check_EmptyStdin_ExitsTwoNamingStdin()
    {
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);

        var run = await InProcessCli.RunAsync(new CliOptions { Stdin = " \n" }, "check", "--evidence", evidence, "--draft", "-");

        CliAssert.BadInput(run, "<stdin>", "empty");
    }

    [Fact]
    public async Task Check_DraftOverOneMebibyte_ExitsTwoNamingTheLimit()
    {
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var draft = sandbox.Write("draft.md", new string('a', 1_048_577));

        var run = await InProcessCli.RunAsync("check", "--evidence", evidence, "--draft", draft);

        CliAssert.BadInput(run, draft, "1,048,576-byte limit");
    }

    [Fact]
    public async Task Check_DraftOfExactlyOneMebibyte_IsNotRefusedForSize()
    {
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var draft = sandbox.Write("draft.md", new string('a', 1_048_576));

        var run = await InProcessCli.RunAsync("check", "--evidence", evidence, "--draft", draft);

        Assert.NotEqual(2, run.ExitCode);
    }

    [Fact]
    public async Task Check_StdinOverOneMebibyte_ExitsTwo()
    {
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var options = new CliOptions { Stdin = new string('é', 600_000) };

        var run = await InProcessCli.RunAsync(options, "check", "--evidence", evidence, "--draft", "-");

        CliAssert.BadInput(run, "<stdin>", "limit");
    }

    [Fact]
    public async Task Check_UnknownWorkflow_ExitsTwoListingTheValidOnes()
    {
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var draft = sandbox.Write("draft.md", CliSandbox.AcceptedDraft);

        var run = await InProcessCli.RunAsync("check", "--evidence", evidence, "--draft", draft, "--workflow", "press-release");

        CliAssert.BadInput(run, "press-release", "customer-update, incident-internal, postmortem");
    }

    [Fact]
    public async Task Check_UnknownFormat_ExitsTwoListingTheValidOnes()
    {
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);
        var draft = sandbox.Write("draft.md", CliSandbox.AcceptedDraft);

        var run = await InProcessCli.RunAsync("check", "--evidence", evidence, "--draft", draft, "--format", "yaml");

        CliAssert.BadInput(run, "yaml", "text or json");
    }

    [Fact]
    public async Task Check_MissingRequiredOption_ExitsTwoWithOneLine()
    {
        var evidence = sandbox.Write("evidence.json", CliSandbox.EvidenceJson);

        var run = await InProcessCli.RunAsync("check", "--evidence", evidence);

        CliAssert.BadInput(run, "--draft", "chatops check --help");
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
