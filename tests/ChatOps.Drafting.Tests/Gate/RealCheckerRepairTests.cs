using ChatOps.Core.Checking;
using ChatOps.Core.Drafting;
using ChatOps.Drafting.Tests.Support;

namespace ChatOps.Drafting.Tests.Gate;

/// <summary>The gate with the real cite-first checker, end to end.</summary>
public sealed class RealCheckerRepairTests
{
    [Fact]
    public async Task DraftAsync_RealCheckerRejectsUngroundedFigure_RepairedDraftAccepted()
    {
        // Arrange: the first reply cites S1 for a figure S1 does not hold; the repair uses the source's own figure.
        var bundle = EvalCases.Dev().Single(c => c.Id == "dev-cust-01");
        await using var server = LoopbackModelServer.Start(
            ScriptedReply.Draft("About 5,000 lines lost broadband service [S1]."),
            ScriptedReply.Draft("4,920 lines lost broadband service [S1]. Service was restored at 09:18 UTC [S1][S2]."));
        using var host = new DraftingHost(TestEndpoints.Route(TestEndpoints.OpenAI("cheap", server)));

        // Act
        var result = await host.Drafter.DraftAsync(new DraftRequest(bundle.Workflow, bundle.Evidence));

        // Assert
        Assert.Equal(Verdict.Accepted, result.Verdict);
        Assert.Equal(2, result.Attempts);
        var repair = server.Completions[1].Json().RootElement.GetProperty("messages")[1].GetProperty("content").GetString()!;
        Assert.Contains(RuleIds.UngroundedSpecific, repair, StringComparison.Ordinal);
        Assert.Contains("5,000", repair, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftAsync_ForeignLinkInReply_RepairedToTheSourceUri()
    {
        // Arrange
        var bundle = EvalCases.Dev().Single(c => c.Id == "dev-cust-01");
        await using var server = LoopbackModelServer.Start(
            ScriptedReply.Draft("Service was restored at 09:18 UTC [S1][S2]. Details: https://status.elsewhere.example/inc"),
            ScriptedReply.Draft("Service was restored at 09:18 UTC [S1][S2]. Details are in https://tickets.ashgrove.example/INC-55210 [S1]."));
        using var host = new DraftingHost(TestEndpoints.Route(TestEndpoints.OpenAI("cheap", server)));

        // Act
        var result = await host.Drafter.DraftAsync(new DraftRequest(bundle.Workflow, bundle.Evidence));

        // Assert
        Assert.Equal(Verdict.Accepted, result.Verdict);
        Assert.Equal(2, result.Attempts);
        var repair = server.Completions[1].Json().RootElement.GetProperty("messages")[1].GetProperty("content").GetString()!;
        Assert.Contains(RuleIds.ForeignLink, repair, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftAsync_InjectionInDevCase_FlaggedAndNotRepeated()
    {
        // Arrange
        var bundle = EvalCases.Dev().Single(c => c.Id == "dev-cust-07");
        using var host = new DraftingHost();

        // Act
        var result = await host.Drafter.DraftAsync(new DraftRequest(bundle.Workflow, bundle.Evidence));

        // Assert
        Assert.Equal("S1", Assert.Single(result.Flags, f => f.Kind == DraftFlag.PossibleInjection).SourceId);
        Assert.DoesNotContain("verified", result.Draft, StringComparison.OrdinalIgnoreCase);
        Assert.True(result.IsEligibleForApproval);
    }
}
