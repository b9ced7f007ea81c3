using ChatOps.Core.Drafting;
using ChatOps.Core.Workflows;
using ChatOps.Drafting.Tests.Support;

namespace ChatOps.Drafting.Tests.Cost;

/// <summary>Per-workflow daily budgets (drafts and spend) and the draft cache, on a hand-moved clock.</summary>
public sealed class BudgetAndCacheTests
{
    private const string Cited = "Checkout errors hit 12% of users [S1].";
    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task DraftAsync_DailySpendUsedUp_RefusesWithoutSendingUntilNextUtcDay()
    {
        // Arrange: each draft costs 1000 * 0.0025 / 1000 + 1000 * 0.01 / 1000 = 0.0125; the budget allows one.
        await using var server = LoopbackModelServer.Start(ScriptedReply.Draft(Cited, 1000, 1000));
        var time = new ManualTimeProvider(Noon);
        var route = TestEndpoints.Route(TestEndpoints.OpenAI("cheap", server));
        using var host = new DraftingHost(options =>
        {
            route(options);
            options.CacheTtl = TimeSpan.Zero;
            options.Workflows[WorkflowNames.IncidentInternal] = new WorkflowDraftingOptions { CostPerDay = 0.01m };
        }, time, new CitationRequiredChecker());
        var request = new DraftRequest(WorkflowNames.IncidentInternal, TestEndpoints.Evidence());

        // Act
        var first = await host.Drafter.DraftAsync(request);
        var refused = await Assert.ThrowsAsync<DraftingException>(() => host.Drafter.DraftAsync(request));
        var sentBeforeRefusal = server.RequestCount;
        var otherWorkflow = await host.Drafter.DraftAsync(request with { Workflow = WorkflowNames.Postmortem });
        time.Advance(TimeSpan.FromHours(12));
        var nextDay = await host.Drafter.DraftAsync(request);

        // Assert
        Assert.Equal(0.0125m, first.Cost);
        Assert.Equal(DraftingErrorKind.BudgetExhausted, refused.Kind);
        Assert.Contains("The daily drafting budget of incident-internal is used up (0.0125 of 0.01 spent on 2026-11-23 UTC); nothing was sent", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Drafting:Workflows:incident-internal:CostPerDay", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, sentBeforeRefusal);
        Assert.Equal(0.0125m, otherWorkflow.Cost);
        Assert.Equal(0.0125m, nextDay.Cost);
        Assert.Equal(3, server.RequestCount);
    }

    [Fact]
    public async Task DraftAsync_DraftsPerDayReached_NextDraftRefusedWithZeroRequests()
    {
        // Arrange
        await using var server = LoopbackModelServer.Start(ScriptedReply.Draft(Cited));
        using var host = new DraftingHost(options =>
        {
            TestEndpoints.Route(TestEndpoints.OpenAI("cheap", server))(options);
            options.CacheTtl = TimeSpan.Zero;
            options.Workflows[WorkflowNames.IncidentInternal] = new WorkflowDraftingOptions { DraftsPerDay = 2 };
        }, new ManualTimeProvider(Noon), new CitationRequiredChecker());
        var request = new DraftRequest(WorkflowNames.IncidentInternal, TestEndpoints.Evidence());

        // Act
        await host.Drafter.DraftAsync(request);
        await host.Drafter.DraftAsync(request with { Request = "again" });
        var refused = await Assert.ThrowsAsync<DraftingException>(() => host.Drafter.DraftAsync(request with { Request = "third" }));

        // Assert
        Assert.Equal(DraftingErrorKind.BudgetExhausted, refused.Kind);
        Assert.Contains("2 of 2 drafts", refused.Message, StringComparison.Ordinal);
        Assert.Contains("DraftsPerDay", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task DraftAsync_FailedDraft_GivesItsPlaceBackButKeepsWhatItCost()
    {
        // Arrange: the endpoint bills 500 prompt tokens for a filtered reply, then recovers.
        await using var server = LoopbackModelServer.Start(ScriptedReply.CompletionFiltered(promptTokens: 500), ScriptedReply.Draft(Cited, 100, 40));
        var time = new ManualTimeProvider(Noon);
        using var host = new DraftingHost(options =>
        {
            TestEndpoints.Route(TestEndpoints.OpenAI("cheap", server))(options);
            options.Workflows[WorkflowNames.IncidentInternal] = new WorkflowDraftingOptions { DraftsPerDay = 1 };
        }, time, new CitationRequiredChecker());
        var request = new DraftRequest(WorkflowNames.IncidentInternal, TestEndpoints.Evidence());

        // Act
        var failed = await Assert.ThrowsAsync<DraftingException>(() => host.Drafter.DraftAsync(request));
        var afterFailure = await host.Get<IDraftingBudget>().UsageAsync(WorkflowNames.IncidentInternal, DateOnly.FromDateTime(Noon.UtcDateTime));
        var drafted = await host.Drafter.DraftAsync(request);

        // Assert
        Assert.Equal(ModelFault.ContentFiltered, failed.Fault);
        Assert.Equal(0.00125m, Assert.Single(failed.Calls).Cost);
        Assert.Equal(new BudgetUsage(0, 0.00125m), afterFailure);
        Assert.True(drafted.IsEligibleForApproval);
    }

    [Fact]
    public async Task DraftAsync_IdenticalRequestWithinTtl_ServedFromCacheWithoutAModelCall()
    {
        // Arrange
        await using var server = LoopbackModelServer.Start(ScriptedReply.Draft(Cited));
        var time = new ManualTimeProvider(Noon);
        var route = TestEndpoints.Route(TestEndpoints.OpenAI("cheap", server));
        using var host = new DraftingHost(options => { route(options); options.CacheTtl = TimeSpan.FromMinutes(10); }, time, new CitationRequiredChecker());
        var request = new DraftRequest(WorkflowNames.IncidentInternal, TestEndpoints.Evidence(), "status please");

        // Act
        var first = await host.Drafter.DraftAsync(request);
        var again = await host.Drafter.DraftAsync(request);
        var otherRequest = await host.Drafter.DraftAsync(request with { Request = "another question" });
        time.Advance(TimeSpan.FromMinutes(11));
        var expired = await host.Drafter.DraftAsync(request);

        // Assert
        Assert.Empty(first.Flags);
        Assert.Equal(first.Draft, again.Draft);
        Assert.Contains(again.Flags, f => f.Kind == DraftFlag.Cached);
        Assert.True(again.IsCached);
        Assert.Equal((0m, 0L), (again.Cost, again.Usage.TotalTokens));
        Assert.True(Assert.Single(again.Calls).Cached);
        Assert.DoesNotContain(otherRequest.Flags, f => f.Kind == DraftFlag.Cached);
        Assert.DoesNotContain(expired.Flags, f => f.Kind == DraftFlag.Cached);
        Assert.Equal(3, server.RequestCount);
    }

    [Fact]
    public async Task DraftAsync_RejectedDraft_IsNotCached_SoAskingAgainTriesAgain()
    {
        // Arrange
        await using var server = LoopbackModelServer.Start(ScriptedReply.Draft("Checkout errors hit 12% of users."));
        using var host = new DraftingHost(options =>
        {
            TestEndpoints.Route(TestEndpoints.OpenAI("cheap", server))(options);
            options.MaxRepairRounds = 0;
        }, checker: new CitationRequiredChecker());
        var request = new DraftRequest(WorkflowNames.IncidentInternal, TestEndpoints.Evidence());

        // Act
        await host.Drafter.DraftAsync(request);
        var again = await host.Drafter.DraftAsync(request);

        // Assert
        Assert.False(again.IsCached);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task DraftAsync_ChangedEvidence_MissesTheCache()
    {
        // Arrange
        await using var server = LoopbackModelServer.Start(ScriptedReply.Draft(Cited));
        using var host = new DraftingHost(TestEndpoints.Route(TestEndpoints.OpenAI("cheap", server)), checker: new CitationRequiredChecker());
        var request = new DraftRequest(WorkflowNames.IncidentInternal, TestEndpoints.Evidence());
        var changed = request with { Evidence = TestEndpoints.Evidence(ChatOps.Core.Evidence.Sensitivity.Public) };

        // Act
        await host.Drafter.DraftAsync(request);
        var result = await host.Drafter.DraftAsync(changed);

        // Assert
        Assert.DoesNotContain(result.Flags, f => f.Kind == DraftFlag.Cached);
        Assert.Equal(2, server.RequestCount);
    }
}
