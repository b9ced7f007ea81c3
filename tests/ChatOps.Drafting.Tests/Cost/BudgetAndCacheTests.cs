using ChatOps.Core.Drafting;
using ChatOps.Core.Workflows;
using ChatOps.Drafting.Tests.Support;

namespace ChatOps.Drafting.Tests.Cost;

/// <summary>Per-workflow daily budgets and the draft cache, on a hand-moved clock.</summary>
public sealed class BudgetAndCacheTests
{
    private const string Cited = "Checkout errors hit 12% of users [S1].";
    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task DraftAsync_DailyBudgetSpent_RefusesUntilNextUtcDay()
    {
        // Arrange: each draft costs (1000 * 2.5 + 1000 * 10) / 1e6 = 0.0125; the budget allows one.
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Draft(Cited, 1000, 1000));
        var time = new ManualTimeProvider(Noon);
        var route = TestEndpoints.Route(TestEndpoints.OpenAI("cheap", server));
        using var host = new DraftingHost(options =>
        {
            route(options);
            options.CacheTtl = TimeSpan.Zero;
            options.DailyBudgets[WorkflowNames.IncidentInternal] = 0.01m;
        }, time, new CitationRequiredChecker());
        var request = new DraftRequest(WorkflowNames.IncidentInternal, TestEndpoints.Evidence());

        // Act
        var first = await host.Drafter.DraftAsync(request);
        var refused = await Assert.ThrowsAsync<DraftingException>(() => host.Drafter.DraftAsync(request));
        var otherWorkflow = await host.Drafter.DraftAsync(request with { Workflow = WorkflowNames.Postmortem });
        time.Advance(TimeSpan.FromHours(12));
        var nextDay = await host.Drafter.DraftAsync(request);

        // Assert
        Assert.Equal(0.0125m, first.Cost);
        Assert.Equal(DraftingErrorKind.BudgetExhausted, refused.Kind);
        Assert.Contains("daily drafting budget of 0.01 for workflow 'incident-internal' is spent", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0.0125m, otherWorkflow.Cost);
        Assert.Equal(0.0125m, nextDay.Cost);
        Assert.Equal(3, server.RequestCount);
    }

    [Fact]
    public async Task DraftAsync_IdenticalRequestWithinTtl_ServedFromCache()
    {
        // Arrange
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Draft(Cited));
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
        Assert.DoesNotContain(otherRequest.Flags, f => f.Kind == DraftFlag.Cached);
        Assert.DoesNotContain(expired.Flags, f => f.Kind == DraftFlag.Cached);
        Assert.Equal(3, server.RequestCount);
    }

    [Fact]
    public async Task DraftAsync_ChangedEvidence_MissesTheCache()
    {
        // Arrange
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Draft(Cited));
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
