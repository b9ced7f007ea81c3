using ChatOps.Core.Checking;
using ChatOps.Core.Drafting;
using ChatOps.Core.Workflows;
using ChatOps.Drafting.Cost;
using ChatOps.Drafting.Tests.Support;

namespace ChatOps.Drafting.Tests.Providers;

/// <summary>How drafting behaves when the OpenAI-compatible endpoint throttles, fails, hangs or answers garbage.</summary>
public sealed class OpenAIEndpointFailureTests
{
    private const string Cited = "Checkout errors hit 12% of users [S1].";

    private static DraftRequest Request => new(WorkflowNames.IncidentInternal, TestEndpoints.Evidence());

    [Fact]
    public async Task DraftAsync_429WithRetryAfter_RetriesThenDrafts()
    {
        // Arrange
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Error(429, retryAfter: "1"), ScriptedReply.Draft(Cited));
        var endpoint = TestEndpoints.OpenAI("cheap", server);
        endpoint.MaxRetries = 2;
        using var host = new DraftingHost(TestEndpoints.Route(endpoint), checker: new CitationRequiredChecker());

        // Act
        var result = await host.Drafter.DraftAsync(Request);

        // Assert
        Assert.Equal(2, server.RequestCount);
        Assert.Equal(Verdict.Accepted, result.Verdict);
        Assert.Equal(1, result.Attempts);
    }

    [Fact]
    public async Task DraftAsync_500Always_RetriesThenClearErrorAndNothingKept()
    {
        // Arrange
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Error(500), ScriptedReply.Error(500), ScriptedReply.Draft(Cited));
        var endpoint = TestEndpoints.OpenAI("cheap", server);
        endpoint.MaxRetries = 1;
        using var host = new DraftingHost(TestEndpoints.Route(endpoint), checker: new CitationRequiredChecker());

        // Act
        var error = await Assert.ThrowsAsync<DraftingException>(() => host.Drafter.DraftAsync(Request));
        var spentAfterFailure = host.Get<DailyBudget>().SpentToday(WorkflowNames.IncidentInternal);
        var retry = await host.Drafter.DraftAsync(Request);

        // Assert
        Assert.Equal(DraftingErrorKind.EndpointFailed, error.Kind);
        Assert.Contains("'cheap'", error.Message, StringComparison.Ordinal);
        Assert.Contains("500", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestEndpoints.ApiKey, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(3, server.RequestCount); // two for the failed draft (one retry), then the next draft was not served from a cache
        Assert.DoesNotContain(retry.Flags, f => f.Kind == DraftFlag.Cached);
        Assert.Equal(0m, spentAfterFailure);
    }

    [Fact]
    public async Task DraftAsync_EndpointSilentPastTimeout_ClearError()
    {
        // Arrange
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Silent());
        var endpoint = TestEndpoints.OpenAI("cheap", server);
        endpoint.Timeout = TimeSpan.FromMilliseconds(300);
        using var host = new DraftingHost(TestEndpoints.Route(endpoint), checker: new CitationRequiredChecker());

        // Act
        var error = await Assert.ThrowsAsync<DraftingException>(() => host.Drafter.DraftAsync(Request));

        // Assert
        Assert.Equal(DraftingErrorKind.EndpointFailed, error.Kind);
        Assert.Contains("did not answer within", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task DraftAsync_MalformedBody_ClearErrorWithoutRetry()
    {
        // Arrange
        await using var server = new LoopbackOpenAIServer(ScriptedReply.Malformed());
        var endpoint = TestEndpoints.OpenAI("cheap", server);
        endpoint.MaxRetries = 2;
        using var host = new DraftingHost(TestEndpoints.Route(endpoint), checker: new CitationRequiredChecker());

        // Act
        var error = await Assert.ThrowsAsync<DraftingException>(() => host.Drafter.DraftAsync(Request));

        // Assert
        Assert.Equal(DraftingErrorKind.EndpointFailed, error.Kind);
        Assert.Contains("not a chat-completions response", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.RequestCount);
    }
}
