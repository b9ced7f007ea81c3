using ChatOps.Core.Checking;
using ChatOps.Core.Drafting;
using ChatOps.Core.Workflows;
using ChatOps.Drafting.Tests.Support;

namespace ChatOps.Drafting.Tests.Gate;

/// <summary>The gate filter's repair loop and escalation, over real HTTP to loopback OpenAI servers.</summary>
public sealed class RepairLoopTests
{
    private const string Uncited = "Checkout errors hit 12% of users.";
    private const string Cited = "Checkout errors hit 12% of users [S1].";

    [Fact]
    public async Task DraftAsync_FirstReplyUncitedSecondFixed_AcceptsAfterOneRepair()
    {
        // Arrange
        await using var server = LoopbackModelServer.Start(ScriptedReply.Draft(Uncited, 100, 40), ScriptedReply.Draft(Cited, 300, 50));
        using var host = new DraftingHost(TestEndpoints.Route(TestEndpoints.OpenAI("cheap", server)), checker: new CitationRequiredChecker());

        // Act
        var result = await host.Drafter.DraftAsync(new DraftRequest(WorkflowNames.IncidentInternal, TestEndpoints.Evidence()));

        // Assert
        Assert.Equal(Verdict.Accepted, result.Verdict);
        Assert.True(result.IsEligibleForApproval);
        Assert.Equal(Cited, result.Draft);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(2, server.RequestCount);
        Assert.Equal(new DraftUsage(400, 90), result.Usage);
        Assert.Equal((400 * 0.0025m + 90 * 0.01m) / 1_000m, result.Cost);
        Assert.Equal(["draft", "repair"], result.Calls.Select(c => c.PurposeName));
        Assert.Equal("cheap-model", result.Model);
        Assert.Equal("Dana Reyes", result.Owner);
        Assert.StartsWith("sha256:", result.PromptVersion, StringComparison.Ordinal);
        var repairMessage = server.Completions[1].Json().RootElement.GetProperty("messages")[1].GetProperty("content").GetString()!;
        Assert.Contains("uncited-claim", repairMessage, StringComparison.Ordinal);
        Assert.Contains(Uncited, repairMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftAsync_ReplyNeverFixed_NotEligibleAfterConfiguredRounds()
    {
        // Arrange
        await using var server = LoopbackModelServer.Start(ScriptedReply.Draft(Uncited));
        using var host = new DraftingHost(TestEndpoints.Route(TestEndpoints.OpenAI("cheap", server)), checker: new CitationRequiredChecker());

        // Act
        var result = await host.Drafter.DraftAsync(new DraftRequest(WorkflowNames.IncidentInternal, TestEndpoints.Evidence()));

        // Assert
        Assert.Equal(Verdict.Rejected, result.Verdict);
        Assert.False(result.IsEligibleForApproval);
        Assert.Equal(RuleIds.UncitedClaim, Assert.Single(result.Findings).Rule);
        Assert.Equal(3, result.Attempts); // the first draft and the default two repair rounds
        Assert.Equal(3, server.RequestCount);
    }

    [Fact]
    public async Task DraftAsync_ReplyNeverFixedWithEscalation_EscalationGetsExactlyOneRequest()
    {
        // Arrange
        await using var cheap = LoopbackModelServer.Start(ScriptedReply.Draft(Uncited));
        await using var strong = LoopbackModelServer.Start(ScriptedReply.Draft(Cited));
        var route = TestEndpoints.Route(TestEndpoints.OpenAI("cheap", cheap), TestEndpoints.OpenAI("strong", strong));
        using var host = new DraftingHost(options => { route(options); options.MaxRepairRounds = 1; }, checker: new CitationRequiredChecker());

        // Act
        var result = await host.Drafter.DraftAsync(new DraftRequest(WorkflowNames.IncidentInternal, TestEndpoints.Evidence()));

        // Assert
        Assert.Equal(2, cheap.RequestCount);
        Assert.Equal(1, strong.RequestCount);
        Assert.Equal(Verdict.Accepted, result.Verdict);
        Assert.Equal(3, result.Attempts);
        Assert.Equal("strong-model", result.Model);
        Assert.Equal("strong", result.Endpoint);
        Assert.Equal(["draft", "repair", "escalation"], result.Calls.Select(c => c.PurposeName));
        Assert.Equal(["cheap", "cheap", "strong"], result.Calls.Select(c => c.Endpoint));
    }

    [Fact]
    public async Task DraftAsync_EscalationAlsoFails_ReturnsFindingsAfterOneEscalationRequest()
    {
        // Arrange
        await using var cheap = LoopbackModelServer.Start(ScriptedReply.Draft(Uncited));
        await using var strong = LoopbackModelServer.Start(ScriptedReply.Draft(Uncited));
        using var host = new DraftingHost(
            TestEndpoints.Route(TestEndpoints.OpenAI("cheap", cheap), TestEndpoints.OpenAI("strong", strong)), checker: new CitationRequiredChecker());

        // Act
        var result = await host.Drafter.DraftAsync(new DraftRequest(WorkflowNames.IncidentInternal, TestEndpoints.Evidence()));

        // Assert
        Assert.Equal(1, strong.RequestCount);
        Assert.False(result.IsEligibleForApproval);
        Assert.NotEmpty(result.Findings);
        Assert.Equal(4, result.Attempts);
    }
}
