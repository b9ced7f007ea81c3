using System.Text.Json.Nodes;
using ChatOps.Teams.Outbound;
using ChatOps.Teams.Tests.TestSupport;
using ChatOps.Teams.Wire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOps.Teams.Tests.Outbound;

/// <summary>The Connector client against a loopback Bot Connector, with tokens from a loopback OIDC issuer through MSAL.</summary>
public sealed class TeamsConnectorTests : IAsyncLifetime
{
    private FakeBotConnector connector = null!;
    private FakeTokenAuthority authority = null!;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> logLines = new();
    private ServiceProvider services = null!;

    private ITeamsConnector Client => services.GetRequiredService<ITeamsConnector>();

    public async Task InitializeAsync()
    {
        connector = await FakeBotConnector.StartAsync();
        authority = await FakeTokenAuthority.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Teams:AppId"] = TeamsBotHost.AppId,
            ["Teams:AppPassword"] = "test-secret",
            ["Teams:Authority"] = authority.Authority,
            ["Teams:Retry:BaseDelay"] = "00:00:00.010",
            ["Teams:Retry:MaxDelay"] = "00:00:00.050",
        }).Build();
        var collection = new ServiceCollection()
            .AddLogging(b => b.AddProvider(new CapturingLoggerProvider(logLines)).SetMinimumLevel(LogLevel.Trace))
            .AddChatOpsTeams(configuration);
        var trusted = authority.Certificate.Thumbprint;
        collection.AddHttpClient(Teams.TeamsHttpClients.TokenAuthority).ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
        {
            // Trust exactly the test issuer's self-signed certificate.
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == trusted,
        });
        services = collection.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await connector.DisposeAsync();
        await authority.DisposeAsync();
    }

    [Fact]
    public async Task ReplyAsync_ChannelThread_PostsToTheEscapedActivityUrlWithABearerToken()
    {
        // Arrange
        var conversation = new ConversationReference(connector.ServiceUrl, TestActivities.ChannelConversation, TestActivities.TenantId);

        // Act
        var id = await Client.ReplyAsync(conversation, "1700000000000", new Activity { Text = "hello" });

        // Assert
        Assert.Equal("1700000009999", id);
        var call = Assert.Single(connector.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/amer/v3/conversations/19%3Aabc123%40thread.tacv2%3Bmessageid%3D1700000000000/activities/1700000000000", call.RawTarget);
        Assert.Equal("Bearer test-access-token-1", call.Authorization);
        var body = JsonNode.Parse(call.Body)!;
        Assert.Equal("message", body["type"]!.GetValue<string>());
        Assert.Equal("1700000000000", body["replyToId"]!.GetValue<string>());
        Assert.Contains("scope=https://api.botframework.com/.default", authority.LastForm, StringComparison.Ordinal);
        Assert.Contains("grant_type=client_credentials", authority.LastForm, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_Twice_ReusesTheCachedToken()
    {
        // Arrange
        var conversation = new ConversationReference(connector.ServiceUrl + "/", "a:chat-1");

        // Act
        await Client.SendAsync(conversation, new Activity { Text = "one" });
        await Client.SendAsync(conversation, new Activity { Text = "two" });

        // Assert
        Assert.Equal(1, authority.TokensIssued);
        Assert.All(connector.Calls, c => Assert.Equal("/amer/v3/conversations/a%3Achat-1/activities", c.RawTarget));
    }

    [Fact]
    public async Task UpdateAsync_PutsTheWholeActivityWithItsId()
    {
        // Act
        await Client.UpdateAsync(new ConversationReference(connector.ServiceUrl, "a:chat-1"), "17000", new Activity
        {
            Text = "decided",
            Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", new JsonObject { ["type"] = "AdaptiveCard" })],
        });

        // Assert
        var call = Assert.Single(connector.Calls);
        Assert.Equal("PUT", call.Method);
        Assert.Equal("/amer/v3/conversations/a%3Achat-1/activities/17000", call.RawTarget);
        var body = JsonNode.Parse(call.Body)!;
        Assert.Equal("17000", body["id"]!.GetValue<string>());
        Assert.Equal("message", body["type"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", body["attachments"]![0]!["content"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreatePersonalConversationAsync_PostsBotMemberAndTenant()
    {
        // Act
        var created = await Client.CreatePersonalConversationAsync(connector.ServiceUrl, TestActivities.TenantId, "29:1approver-a");

        // Assert
        Assert.Equal("a:1on1-conversation", created.ConversationId);
        var call = Assert.Single(connector.Calls);
        Assert.Equal("/amer/v3/conversations", call.RawTarget);
        var body = JsonNode.Parse(call.Body)!;
        Assert.False(body["isGroup"]!.GetValue<bool>());
        Assert.Equal($"28:{TeamsBotHost.AppId}", body["bot"]!["id"]!.GetValue<string>());
        Assert.Equal("29:1approver-a", body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(TestActivities.TenantId, body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetPagedMembersAsync_GetsTheEscapedMembersUrlWithATokenAndFollowsTheContinuationToken()
    {
        // Arrange: three members, two to a page.
        connector.Members.Enqueue(new { id = "29:1a", name = "Ann", aadObjectId = "aad-a", email = "ann@acme.example", userPrincipalName = "ann@acme.example", tenantId = TestActivities.TenantId });
        connector.Members.Enqueue(new { id = "29:1b", name = "Ben", aadObjectId = "aad-b", email = "ben@acme.example" });
        connector.Members.Enqueue(new { id = "29:1c", name = "Cy", aadObjectId = "aad-c" });

        // Act
        var first = await Client.GetPagedMembersAsync(connector.ServiceUrl, "19:ops@thread.tacv2", null);
        var second = await Client.GetPagedMembersAsync(connector.ServiceUrl, "19:ops@thread.tacv2", first.ContinuationToken);

        // Assert
        Assert.Equal(["29:1a", "29:1b"], first.Members!.Select(m => m.Id));
        Assert.Equal("ann@acme.example", first.Members![0].Email);
        Assert.Equal("aad-a", first.Members![0].AadObjectId);
        Assert.Equal("2", first.ContinuationToken);
        Assert.Equal("29:1c", Assert.Single(second.Members!).Id);
        Assert.Null(second.ContinuationToken);
        var calls = connector.Calls.ToArray();
        Assert.All(calls, c => Assert.Equal("GET", c.Method));
        Assert.All(calls, c => Assert.StartsWith("Bearer test-access-token-", c.Authorization, StringComparison.Ordinal));
        Assert.Equal("/amer/v3/conversations/19%3Aops%40thread.tacv2/pagedmembers?pageSize=500", calls[0].RawTarget);
        Assert.Equal("/amer/v3/conversations/19%3Aops%40thread.tacv2/pagedmembers?pageSize=500&continuationToken=2", calls[1].RawTarget);
    }

    [Fact]
    public async Task GetPagedMembersAsync_BotNotInTheConversation_ThrowsWithTheStatus()
    {
        // Arrange
        connector.FailNext(403);

        // Act
        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.GetPagedMembersAsync(connector.ServiceUrl, "19:ops@thread.tacv2", null));

        // Assert
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.StatusCode);
    }

    [Fact]
    public async Task SendAsync_429ThenSuccess_Retries()
    {
        // Arrange
        connector.FailNext(429);

        // Act
        var id = await Client.SendAsync(new ConversationReference(connector.ServiceUrl, "a:chat-1"), new Activity { Text = "hi" });

        // Assert
        Assert.Equal("1700000009999", id);
        Assert.Equal(2, connector.Calls.Count);
        Assert.Equal(connector.Calls.First().Body, connector.Calls.Last().Body);
    }

    [Fact]
    public async Task SendAsync_WithRetries_LogsNeitherTheSecretNorTheToken()
    {
        // Arrange
        connector.FailNext(429, 500);

        // Act
        await Client.SendAsync(new ConversationReference(connector.ServiceUrl, "a:chat-1"), new Activity { Text = "hi" });

        // Assert
        Assert.NotEmpty(logLines);
        Assert.DoesNotContain(logLines, l => l.Contains("test-secret", StringComparison.Ordinal));
        Assert.DoesNotContain(logLines, l => l.Contains("test-access-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_500sThenSuccess_Retries()
    {
        // Arrange
        connector.FailNext(500, 502, 503);

        // Act
        var id = await Client.SendAsync(new ConversationReference(connector.ServiceUrl, "a:chat-1"), new Activity { Text = "hi" });

        // Assert
        Assert.Equal("1700000009999", id);
        Assert.Equal(4, connector.Calls.Count);
    }

    [Fact]
    public async Task SendAsync_PersistentFailure_ThrowsWithTheConnectorsCode()
    {
        // Arrange: one more failure than the default three retries.
        connector.FailNext(503, 503, 503, 503);

        // Act
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client.SendAsync(new ConversationReference(connector.ServiceUrl, "a:chat-1"), new Activity { Text = "hi" }));

        // Assert
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal("Throttled", error.ErrorCode);
        Assert.Equal(4, connector.Calls.Count);
    }

    [Fact]
    public async Task SendAsync_Forbidden_IsNotRetried()
    {
        // Arrange
        connector.FailNext(403);

        // Act
        await Assert.ThrowsAsync<ConnectorException>(() =>
            Client.SendAsync(new ConversationReference(connector.ServiceUrl, "a:chat-1"), new Activity { Text = "hi" }));

        // Assert
        Assert.Single(connector.Calls);
    }

    [Fact]
    public async Task SendAsync_PlainHttpServiceUrlOffLoopback_IsRefusedBeforeAnyCall()
    {
        // Act + Assert: the token would go wherever serviceUrl points.
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Client.SendAsync(new ConversationReference("http://evil.example/", "a:chat-1"), new Activity { Text = "hi" }));
        Assert.Equal(0, authority.TokensIssued);
    }
}
