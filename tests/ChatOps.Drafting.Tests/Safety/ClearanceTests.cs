using ChatOps.Core.Checking;
using ChatOps.Core.Drafting;
using ChatOps.Core.Evidence;
using ChatOps.Core.Workflows;
using ChatOps.Drafting.Tests.Support;

namespace ChatOps.Drafting.Tests.Safety;

/// <summary>Sensitivity labels against endpoint clearance: refused before anything is sent.</summary>
public sealed class ClearanceTests
{
    [Fact]
    public async Task DraftAsync_RestrictedSourceToInternalEndpoint_RefusedAndServerSeesNoRequest()
    {
        // Arrange
        await using var server = LoopbackModelServer.Start(ScriptedReply.Draft("Checkout errors hit 12% of users [S1]."));
        using var host = new DraftingHost(TestEndpoints.Route(TestEndpoints.OpenAI("cheap", server, Sensitivity.Internal)));

        // Act
        var error = await Assert.ThrowsAsync<DraftingException>(
            () => host.Drafter.DraftAsync(new DraftRequest(WorkflowNames.IncidentInternal, TestEndpoints.Evidence(Sensitivity.Restricted))));

        // Assert
        Assert.Equal(DraftingErrorKind.ClearanceExceeded, error.Kind);
        Assert.Contains("Source 'S1' is labelled restricted", error.Message, StringComparison.Ordinal);
        Assert.Contains("'cheap' (internal)", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task DraftAsync_SourceWithinClearance_IsSent()
    {
        // Arrange
        await using var server = LoopbackModelServer.Start(ScriptedReply.Draft("Checkout errors hit 12% of users [S1]."));
        using var host = new DraftingHost(TestEndpoints.Route(TestEndpoints.OpenAI("cheap", server, Sensitivity.Confidential)), checker: new CitationRequiredChecker());

        // Act
        var result = await host.Drafter.DraftAsync(new DraftRequest(WorkflowNames.IncidentInternal, TestEndpoints.Evidence(Sensitivity.Confidential)));

        // Assert
        Assert.Equal(1, server.RequestCount);
        Assert.Equal(Verdict.Accepted, result.Verdict);
    }

    [Fact]
    public async Task DraftAsync_EscalationNotClearedForEvidence_SkipsEscalationAndSaysWhy()
    {
        // Arrange
        await using var cheap = LoopbackModelServer.Start(ScriptedReply.Draft("Checkout errors hit 12% of users."));
        await using var strong = LoopbackModelServer.Start(ScriptedReply.Draft("Checkout errors hit 12% of users [S1]."));
        using var host = new DraftingHost(
            TestEndpoints.Route(TestEndpoints.OpenAI("cheap", cheap, Sensitivity.Confidential), TestEndpoints.OpenAI("strong", strong, Sensitivity.Internal)),
            checker: new CitationRequiredChecker());

        // Act
        var result = await host.Drafter.DraftAsync(new DraftRequest(WorkflowNames.IncidentInternal, TestEndpoints.Evidence(Sensitivity.Confidential)));

        // Assert
        Assert.Equal(0, strong.RequestCount);
        Assert.False(result.IsEligibleForApproval);
        var flag = Assert.Single(result.Flags, f => f.Kind == DraftFlag.EscalationSkipped);
        Assert.Equal("S1", flag.SourceId);
    }

    [Fact]
    public async Task DraftAsync_OfflineEndpoint_AcceptsRestrictedEvidence()
    {
        // Arrange
        using var host = new DraftingHost();

        // Act
        var result = await host.Drafter.DraftAsync(new DraftRequest(WorkflowNames.IncidentInternal, TestEndpoints.Evidence(Sensitivity.Restricted)));

        // Assert
        Assert.Equal("offline", result.Endpoint);
        Assert.Contains("[S1]", result.Draft, StringComparison.Ordinal);
    }
}
