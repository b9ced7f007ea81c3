using ChatOps.Core.Drafting;
using ChatOps.Core.Workflows;
using ChatOps.Drafting.Tests.Support;

namespace ChatOps.Drafting.Tests.Safety;

/// <summary>The policy's allowed endpoints are decided before anything is sent, for the route and for escalation.</summary>
public sealed class EndpointAllowanceTests
{
    private const string Cited = "Checkout errors hit 12% of users [S1].";

    [Fact]
    public async Task DraftAsync_RouteNotInAllowedEndpoints_RefusedWithZeroRequests()
    {
        // Arrange
        await using var server = LoopbackModelServer.Start(ScriptedReply.Draft(Cited));
        using var host = new DraftingHost(TestEndpoints.Route(TestEndpoints.OpenAI("gpt", server)), checker: new CitationRequiredChecker());
        var request = new DraftRequest(WorkflowNames.PricingChange, TestEndpoints.Evidence()) { AllowedEndpoints = ["offline"] };

        // Act
        var error = await Assert.ThrowsAsync<DraftingException>(() => host.Drafter.DraftAsync(request));

        // Assert
        Assert.Equal(DraftingErrorKind.EndpointNotAllowed, error.Kind);
        Assert.Contains("The pricing-change policy does not allow model endpoint 'gpt' (allowed: offline); nothing was sent.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Drafting:Workflows:pricing-change:Endpoint", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task DraftAsync_WorkflowRouteToAllowedEndpoint_DraftsThere()
    {
        // Arrange: the default is the model, but pricing-change is routed to the offline drafter its policy allows.
        await using var server = LoopbackModelServer.Start(ScriptedReply.Draft(Cited));
        using var host = new DraftingHost(options =>
        {
            TestEndpoints.Route(TestEndpoints.OpenAI("gpt", server))(options);
            options.Workflows[WorkflowNames.PricingChange] = new WorkflowDraftingOptions { Endpoint = "offline" };
        });
        var request = new DraftRequest(WorkflowNames.PricingChange, TestEndpoints.Evidence()) { AllowedEndpoints = ["offline"] };

        // Act
        var result = await host.Drafter.DraftAsync(request);

        // Assert
        Assert.Equal("offline", result.Endpoint);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task DraftAsync_EscalationNotAllowed_SkippedAndFlagged()
    {
        // Arrange
        await using var small = LoopbackModelServer.Start(ScriptedReply.Draft("Checkout errors hit 12% of users."));
        await using var large = LoopbackModelServer.Start(ScriptedReply.Draft(Cited));
        using var host = new DraftingHost(TestEndpoints.Route(TestEndpoints.OpenAI("small", small), TestEndpoints.OpenAI("large", large)),
            checker: new CitationRequiredChecker());
        var request = new DraftRequest(WorkflowNames.IncidentInternal, TestEndpoints.Evidence()) { AllowedEndpoints = ["small"] };

        // Act
        var result = await host.Drafter.DraftAsync(request);

        // Assert
        Assert.Equal(0, large.RequestCount);
        Assert.False(result.IsEligibleForApproval);
        Assert.Contains(result.Flags, f => f.Kind == DraftFlag.EscalationSkipped && f.Detail.Contains("not allowed", StringComparison.Ordinal));
    }
}
