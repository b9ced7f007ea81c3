using System.Text.Json;
using ChatOps.Cli.Tests.TestSupport;

namespace ChatOps.Cli.Tests.Commands;

/// <summary><c>chatops draft</c> run in-process: output, exit codes, configuration.</summary>
public sealed class DraftCommandTests : IDisposable
{
    private const string Evidence = """
        {"sources": [
          {"id": "S1", "kind": "ticket", "text": "INC-77 Checkout errors for 12% of users. Service restored 09:18 UTC."},
          {"id": "S2", "kind": "log-query", "text": "checkout 5xx rate from 08:40 UTC; back to baseline 09:18 UTC"}
        ]}
        """;

    private readonly CliSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    [Fact]
    public async Task Draft_OfflineDefault_ExitsZeroWithDraftVerdictAttemptsAndCost()
    {
        // Arrange
        var evidence = sandbox.Write("evidence.json", Evidence);

        // Act
        var run = await InProcessCli.RunAsync("draft", "--workflow", "incident-internal", "--evidence", evidence);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Contains("Checkout errors for 12% of users [S1].", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("verdict: accepted (eligible for approval)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("attempts: 1", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("cost: 0", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_JsonFormat_CarriesEveryDocumentedField()
    {
        // Arrange
        var evidence = sandbox.Write("evidence.json", Evidence);

        // Act
        var run = await InProcessCli.RunAsync("draft", "--workflow", "postmortem", "--evidence", evidence, "--request", "write it up", "--format", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        foreach (var field in new[] { "draft", "verdict", "findings", "attempts", "promptVersion", "model", "usage", "cost", "flags" })
        {
            Assert.True(json.RootElement.TryGetProperty(field, out _), field);
        }

        Assert.Equal("accepted", json.RootElement.GetProperty("verdict").GetString());
        Assert.StartsWith("sha256:", json.RootElement.GetProperty("promptVersion").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_UnknownWorkflow_ExitsTwoNamingIt()
    {
        // Arrange
        var evidence = sandbox.Write("evidence.json", Evidence);

        // Act
        var run = await InProcessCli.RunAsync("draft", "--workflow", "memo", "--evidence", evidence);

        // Assert
        CliAssert.BadInput(run, "\"memo\"", "is not a workflow");
    }

    [Fact]
    public async Task Draft_ConfigWithIncompleteEndpoint_ExitsTwoNamingTheSetting()
    {
        // Arrange
        var evidence = sandbox.Write("evidence.json", Evidence);
        var config = sandbox.Write("drafting.json", """
            {"Drafting": {"DefaultEndpoint": "gpt", "Endpoints": {"gpt": {"Provider": "openai", "Model": "m", "Owner": "Dana"}}}}
            """);

        // Act
        var run = await InProcessCli.RunAsync("draft", "--workflow", "incident-internal", "--evidence", evidence, "--config", config);

        // Assert
        CliAssert.BadInput(run, config, "Drafting:Endpoints:gpt:BaseUrl");
    }

    [Fact]
    public async Task Draft_RestrictedEvidenceForInternalEndpoint_ExitsTwoNamingTheSource()
    {
        // Arrange
        var evidence = sandbox.Write("evidence.json", """{"sources": [{"id": "HR-1", "kind": "doc", "sensitivity": "restricted", "text": "Salary bands."}]}""");
        var config = sandbox.Write("drafting.json", """
            {"Drafting": {"DefaultEndpoint": "gpt", "Endpoints": {"gpt": {"Provider": "openai", "BaseUrl": "http://127.0.0.1:9/v1/", "Model": "m", "Owner": "Dana", "Clearance": "internal"}}}}
            """);

        // Act
        var run = await InProcessCli.RunAsync("draft", "--workflow", "incident-internal", "--evidence", evidence, "--config", config);

        // Assert
        CliAssert.BadInput(run, "'HR-1'", "restricted");
    }
}
