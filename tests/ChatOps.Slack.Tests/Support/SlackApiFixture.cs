using ChatOps.Slack.Outbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Slack.Tests.Support;

/// <summary>The client as the host gets it from <c>AddChatOpsSlack</c>, pointed at a loopback fake of the Web API, on fake time.</summary>
public sealed class SlackApiFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SlackApiFixture(FakeSlackWebApi slack, FakeTimeProvider time, ServiceProvider services, CapturingLoggerProvider logs)
    {
        Logs = logs;
        Slack = slack;
        Time = time;
        _services = services;
        Api = services.GetRequiredService<ISlackWebApi>();
    }

    public FakeSlackWebApi Slack { get; }

    public CapturingLoggerProvider Logs { get; }

    public FakeTimeProvider Time { get; }

    public ISlackWebApi Api { get; }

    public SlackRateLimitGate Gate => _services.GetRequiredService<SlackRateLimitGate>();

    /// <summary>Waits (briefly, in real time) until the client has taken Slack's 429 for a method, so fake time starts from there.</summary>
    public async Task WaitUntilBlockedAsync(string method)
    {
        for (var i = 0; i < 2_000 && Gate.Remaining(method) == TimeSpan.Zero; i++)
        {
            await Task.Delay(5);
        }

        Assert.True(Gate.Remaining(method) > TimeSpan.Zero, $"{method} was never held back");
    }

    public static async Task<SlackApiFixture> StartAsync(int maxRetries = 3)
    {
        var time = new FakeTimeProvider(SlackEndpointHost.Now);
        var slack = await FakeSlackWebApi.StartAsync(time);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = TestSigner.Secret,
            ["Slack:BotToken"] = SlackEndpointHost.BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.AbsoluteUri,
            ["Slack:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<TimeProvider>(time)
            .AddChatOpsSlack(configuration)
            .BuildServiceProvider();
        return new SlackApiFixture(slack, time, services, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
