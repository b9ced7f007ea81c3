using ChatOps.Core.Checking;
using ChatOps.Core.Drafting;
using ChatOps.Core.Workflows;
using ChatOps.Drafting.Tests.Support;

namespace ChatOps.Drafting.Tests.Providers;

/// <summary>How drafting answers an endpoint that throttles, fails, hangs, filters, answers nothing or answers garbage.</summary>
public sealed class OpenAIEndpointFailureTests
{
    private const string Cited = "Checkout errors hit 12% of users [S1].";

    private static DraftRequest Request => new(WorkflowNames.IncidentInternal, TestEndpoints.Evidence());

    private static DraftingHost Host(LoopbackModelServer server, int maxRetries, Action<ModelEndpointOptions>? change = null) =>
        new(options =>
        {
            var endpoint = TestEndpoints.OpenAI("cheap", server);
            endpoint.MaxRetries = maxRetries;
            change?.Invoke(endpoint);
            TestEndpoints.Route(endpoint)(options);
        }, checker: new CitationRequiredChecker());

    [Fact]
    public async Task DraftAsync_429WithRetryAfter_WaitsRetriesAndRecordsTheFailedCall()
    {
        // Arrange
        await using var server = LoopbackModelServer.Start(ScriptedReply.Error(429, retryAfter: "1"), ScriptedReply.Draft(Cited, 100, 40));
        using var host = Host(server, maxRetries: 2);

        // Act
        var result = await host.Drafter.DraftAsync(Request);

        // Assert
        Assert.Equal(2, server.RequestCount);
        Assert.Equal(Verdict.Accepted, result.Verdict);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(["failed: rate-limited (HTTP 429)", "ok"], result.Calls.Select(c => c.Outcome));
        Assert.True(result.Calls[0].Latency < TimeSpan.FromSeconds(1), "the wait for Retry-After is not part of the failed call's latency");
        Assert.Equal(new DraftUsage(100, 40), result.Usage);
    }

    [Fact]
    public async Task DraftAsync_RetryAfterLongerThanAllowed_StopsAndKeepsTheRequestForThatLong()
    {
        // Arrange
        await using var server = LoopbackModelServer.Start(ScriptedReply.Error(429, retryAfter: "120"), ScriptedReply.Draft(Cited));
        using var host = Host(server, maxRetries: 2);

        // Act
        var error = await Assert.ThrowsAsync<DraftingException>(() => host.Drafter.DraftAsync(Request));

        // Assert
        Assert.Equal(1, server.RequestCount);
        Assert.Equal((DraftingErrorKind.EndpointFailed, ModelFault.RateLimited, TimeSpan.FromSeconds(120)), (error.Kind, error.Fault, error.RetryAfter));
        Assert.Contains("Model endpoint 'cheap' is rate-limiting us (HTTP 429). No draft was made.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftAsync_500Always_RetriesThenClearErrorWithEveryCallAndNothingCached()
    {
        // Arrange
        await using var server = LoopbackModelServer.Start(ScriptedReply.Error(500), ScriptedReply.Error(500), ScriptedReply.Draft(Cited));
        using var host = Host(server, maxRetries: 1);

        // Act
        var error = await Assert.ThrowsAsync<DraftingException>(() => host.Drafter.DraftAsync(Request));
        var retry = await host.Drafter.DraftAsync(Request);

        // Assert
        Assert.Equal((DraftingErrorKind.EndpointFailed, ModelFault.Unavailable), (error.Kind, error.Fault));
        Assert.NotNull(error.RetryAfter);
        Assert.Equal(["failed: unavailable (HTTP 500)", "failed: unavailable (HTTP 500)"], error.Calls.Select(c => c.Outcome));
        Assert.Contains("'cheap'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestEndpoints.ApiKey, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(3, server.RequestCount);
        Assert.False(retry.IsCached);
    }

    [Fact]
    public async Task DraftAsync_EndpointSilentPastTimeout_TimedOut()
    {
        // Arrange
        await using var server = LoopbackModelServer.Start(ScriptedReply.Silent());
        // Long enough for a loaded machine to get the request to the server before the client gives up: the count
        // below proves it was sent once and not retried (a 300 ms timeout expired before the send under CI load).
        using var host = Host(server, maxRetries: 0, e => e.Timeout = TimeSpan.FromSeconds(2));

        // Act
        var error = await Assert.ThrowsAsync<DraftingException>(() => host.Drafter.DraftAsync(Request));

        // Assert
        Assert.Equal(ModelFault.TimedOut, error.Fault);
        Assert.Contains("gave no answer in time (no answer within 2 s)", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.RetryAfter);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task DraftAsync_MalformedBody_ClearErrorWithoutRetryAndNotKept()
    {
        // Arrange
        await using var server = LoopbackModelServer.Start(ScriptedReply.Malformed());
        using var host = Host(server, maxRetries: 2);

        // Act
        var error = await Assert.ThrowsAsync<DraftingException>(() => host.Drafter.DraftAsync(Request));

        // Assert
        Assert.Equal(ModelFault.Malformed, error.Fault);
        Assert.Contains("not a chat completion", error.Message, StringComparison.Ordinal);
        Assert.Null(error.RetryAfter);
        Assert.Equal(1, server.RequestCount);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task DraftAsync_ContentFilter_OnThePromptOrTheReply_RefusedInPlainWordsNotRetried(bool onPrompt)
    {
        // Arrange
        await using var server = LoopbackModelServer.Start(onPrompt ? ScriptedReply.PromptFiltered() : ScriptedReply.CompletionFiltered(), ScriptedReply.Draft(Cited));
        using var host = Host(server, maxRetries: 2);

        // Act
        var error = await Assert.ThrowsAsync<DraftingException>(() => host.Drafter.DraftAsync(Request));

        // Assert
        Assert.Equal(ModelFault.ContentFiltered, error.Fault);
        Assert.Contains("content filter", error.Message, StringComparison.Ordinal);
        Assert.Null(error.RetryAfter);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task DraftAsync_EmptyReply_TriedAgainAtOnceThenDrafts()
    {
        // Arrange
        await using var server = LoopbackModelServer.Start(ScriptedReply.Empty(), ScriptedReply.Draft(Cited));
        using var host = Host(server, maxRetries: 1);

        // Act
        var result = await host.Drafter.DraftAsync(Request);

        // Assert
        Assert.Equal(["failed: empty-reply (the reply held no text)", "ok"], result.Calls.Select(c => c.Outcome));
        Assert.True(result.IsEligibleForApproval);
    }

    [Fact]
    public async Task DraftAsync_WrongKey_RefusedAndNamesTheSettingNotTheKey()
    {
        // Arrange: the server expects another key, as a real endpoint would answer 401.
        await using var server = new LoopbackModelServer(new SequenceScript(ScriptedReply.Draft(Cited)), ModelApi.OpenAI, apiKey: "the-right-key");
        using var host = Host(server, maxRetries: 2);

        // Act
        var error = await Assert.ThrowsAsync<DraftingException>(() => host.Drafter.DraftAsync(Request));

        // Assert
        Assert.Equal(ModelFault.Refused, error.Fault);
        Assert.Contains("HTTP 401", error.Message, StringComparison.Ordinal);
        Assert.Contains("Drafting:Endpoints:cheap", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestEndpoints.ApiKey, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, server.RequestCount);
    }
}
