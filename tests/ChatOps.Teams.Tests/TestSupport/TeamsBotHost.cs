using ChatOps.Teams.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Teams.Tests.TestSupport;

/// <summary>The Teams endpoint wired as a host would (<c>AddChatOpsTeams</c> + <c>MapTeams</c>), on loopback Kestrel.</summary>
internal sealed class TeamsBotHost : IAsyncDisposable
{
    public const string AppId = "5b4c2f7e-1d3a-4e8f-9a6b-0c1d2e3f4a5b";

    private readonly LoopbackServer server;

    private TeamsBotHost(LoopbackServer server, RecordingInbox inbox)
    {
        this.server = server;
        Inbox = inbox;
        Client = new HttpClient { BaseAddress = server.BaseAddress };
    }

    public RecordingInbox Inbox { get; }

    public HttpClient Client { get; }

    public static Task<TeamsBotHost> StartAsync(string? metadataUrl, FakeTimeProvider time, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Teams:AppId"] = metadataUrl is null ? null : AppId,
            ["Teams:AppPassword"] = metadataUrl is null ? null : "test-secret-never-logged",
            ["Teams:OpenIdMetadataUrl"] = metadataUrl ?? "https://login.botframework.com/v1/.well-known/openidconfiguration",
        };
        foreach (var pair in extra ?? new Dictionary<string, string?>())
        {
            settings[pair.Key] = pair.Value;
        }

        return StartAsync(settings, time);
    }

    public static async Task<TeamsBotHost> StartAsync(Dictionary<string, string?> settings, FakeTimeProvider time)
    {
        var inbox = new RecordingInbox();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var server = await LoopbackServer.StartAsync(
            app => app.MapTeams(),
            services =>
            {
                services.AddSingleton<TimeProvider>(time);
                services.AddChatOpsTeams(configuration);
                services.AddSingleton<ITeamsInbox>(inbox);
            });
        return new TeamsBotHost(server, inbox);
    }

    public Task<HttpResponseMessage> PostAsync(string activityJson, string? bearerToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(activityJson, System.Text.Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await server.DisposeAsync();
    }
}
