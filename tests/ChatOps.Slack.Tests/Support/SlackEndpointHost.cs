using ChatOps.Slack.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Slack.Tests.Support;

/// <summary>A minimal host as the real one will wire it: <c>AddChatOpsSlack</c>, an inbox, <c>MapSlack</c>, on loopback Kestrel.</summary>
public sealed class SlackEndpointHost : IAsyncDisposable
{
    public const string BotToken = "xoxb-test-token-never-logged";
    public static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_790_000_000);

    private readonly LoopbackServer _server;

    private SlackEndpointHost(LoopbackServer server, RecordingInbox inbox, FakeTimeProvider time, CapturingLoggerProvider logs)
    {
        _server = server;
        Inbox = inbox;
        Time = time;
        Logs = logs;
        Client = new HttpClient { BaseAddress = server.Address };
    }

    public RecordingInbox Inbox { get; }

    public FakeTimeProvider Time { get; }

    public CapturingLoggerProvider Logs { get; }

    public HttpClient Client { get; }

    public Uri Url(string path) => new(_server.Address, path);

    public long UnixNow => Time.GetUtcNow().ToUnixTimeSeconds();

    public static Task<SlackEndpointHost> StartAsync(Uri? slackApi = null, CancellationToken cancellationToken = default) =>
        StartAsync(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = TestSigner.Secret,
            ["Slack:BotToken"] = BotToken,
            ["Slack:ApiBaseUrl"] = (slackApi ?? new Uri("http://127.0.0.1:9/api/")).AbsoluteUri,
        }, cancellationToken);

    public static async Task<SlackEndpointHost> StartAsync(IDictionary<string, string?> settings, CancellationToken cancellationToken = default)
    {
        var inbox = new RecordingInbox();
        var time = new FakeTimeProvider(Now);
        var logs = new CapturingLoggerProvider();
        var server = await LoopbackServer.StartAsync(
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
                builder.Services.AddSingleton<TimeProvider>(time);
                builder.Services.AddSingleton<ISlackInbox>(inbox);
                builder.Services.AddChatOpsSlack(builder.Configuration);
            },
            app => app.MapSlack(),
            cancellationToken);
        return new SlackEndpointHost(server, inbox, time, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _server.DisposeAsync();
        Logs.Dispose();
    }
}
