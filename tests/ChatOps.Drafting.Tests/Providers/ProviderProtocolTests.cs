using ChatOps.Core.Drafting;
using ChatOps.Core.Workflows;
using ChatOps.Drafting.Tests.Support;

namespace ChatOps.Drafting.Tests.Providers;

/// <summary>Each provider speaks its documented protocol to a loopback server that checks the path, headers and body.</summary>
public sealed class ProviderProtocolTests
{
    private const string Cited = "Checkout errors hit 12% of users [S1].";

    private static DraftRequest Request => new(WorkflowNames.IncidentInternal, TestEndpoints.Evidence(), "status for the exec channel");

    [Fact]
    public async Task OpenAICompatible_PostsChatCompletionsWithBearerKeyModelAndMessages()
    {
        // Arrange
        await using var server = new LoopbackModelServer(new SequenceScript(ScriptedReply.Draft(Cited)), ModelApi.OpenAI, TestEndpoints.ApiKey);
        using var host = new DraftingHost(TestEndpoints.Route(TestEndpoints.OpenAI("gpt", server)), checker: new CitationRequiredChecker());

        // Act
        var result = await host.Drafter.DraftAsync(Request);

        // Assert
        Assert.Empty(server.Problems);
        var call = Assert.Single(server.Completions);
        Assert.Equal(("POST", new Uri(server.BaseAddress, "chat/completions").AbsolutePath), (call.Method, call.PathAndQuery));
        Assert.Equal("Bearer " + TestEndpoints.ApiKey, call.Header("Authorization"));
        Assert.Null(call.Header("api-key"));
        using var body = call.Json();
        Assert.Equal("gpt-model", body.RootElement.GetProperty("model").GetString());
        var messages = body.RootElement.GetProperty("messages");
        Assert.Equal(["system", "user"], messages.EnumerateArray().Select(m => m.GetProperty("role").GetString()));
        Assert.Contains("```source id=S1 kind=ticket", messages[1].GetProperty("content").GetString()!, StringComparison.Ordinal);
        Assert.True(result.IsEligibleForApproval);
    }

    [Fact]
    public async Task AzureOpenAI_V1Surface_KeyInApiKeyHeaderDeploymentAsModelNoBearer()
    {
        // Arrange
        await using var server = new LoopbackModelServer(new SequenceScript(ScriptedReply.Draft(Cited)), ModelApi.AzureOpenAI, TestEndpoints.ApiKey);
        var endpoint = TestEndpoints.OpenAI("azure", server);
        endpoint.Provider = ModelProviders.AzureOpenAI;
        endpoint.Model = "gpt-4o-deployment";
        using var host = new DraftingHost(TestEndpoints.Route(endpoint), checker: new CitationRequiredChecker());

        // Act
        var result = await host.Drafter.DraftAsync(Request);

        // Assert
        Assert.Empty(server.Problems);
        var call = Assert.Single(server.Completions);
        Assert.Equal("/openai/v1/chat/completions", call.PathAndQuery);
        Assert.Equal(TestEndpoints.ApiKey, call.Header("api-key"));
        Assert.Null(call.Header("Authorization"));
        using var body = call.Json();
        Assert.Equal("gpt-4o-deployment", body.RootElement.GetProperty("model").GetString());
        Assert.Equal(("azure", "gpt-4o-deployment"), (result.Endpoint, result.Model));
    }

    [Fact]
    public async Task LocalServerWithoutKey_SendsNoCredentialAtAll()
    {
        // Arrange: Ollama or vLLM on this machine, configured with no key.
        await using var server = LoopbackModelServer.Start(ScriptedReply.Draft(Cited));
        var endpoint = TestEndpoints.OpenAI("ollama", server);
        endpoint.ApiKey = null;
        using var host = new DraftingHost(TestEndpoints.Route(endpoint), checker: new CitationRequiredChecker());

        // Act
        await host.Drafter.DraftAsync(Request);

        // Assert
        var call = Assert.Single(server.Completions);
        Assert.Null(call.Header("Authorization"));
        Assert.Null(call.Header("api-key"));
        Assert.Empty(server.Problems);
    }
}
