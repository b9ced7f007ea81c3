using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace ChatOps.Host.Tests.Slack;

/// <summary>
/// The host answers Slack's events before routing runs (the hot path needs nothing routing gives); every other request,
/// another spelling of the events URL included, is routed and answered as before.
/// </summary>
public sealed class SlackEventsAheadOfRoutingTests
{
    private const string Secret = "test-signing-secret";
    private const string EndpointMiddleware = "Microsoft.AspNetCore.Routing.EndpointMiddleware";

    [Fact]
    public async Task AnEvent_IsAnsweredWithoutRouting_AndOtherSpellingsAreRoutedToTheSameAnswer()
    {
        var routed = new RoutingRecorder();
        await using var host = await RunningHost.StartAsync(
            b => b.Logging.AddProvider(routed),
            "--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-test", "--Slack:ApiBaseUrl", "http://127.0.0.1:9/api/",
            $"--Logging:LogLevel:{EndpointMiddleware}", "Information");

        using var mention = await new SignedSlack(host.Client, Secret).MentionAsync("EvRoute1", "U0ALICE01", "help", "1791000000.000100");
        Assert.Equal(HttpStatusCode.OK, mention.StatusCode);
        Assert.Empty(routed.Endpoints);

        // Paths match without regard to case, as routes do; /slack/events/ is routed, to the same handler (the repeat of
        // the event is answered 200 too).
        using var otherCase = await SignedPostAsync(host.Client, "/Slack/Events");
        Assert.Equal(HttpStatusCode.OK, otherCase.StatusCode);
        Assert.Empty(routed.Endpoints);
        using var trailingSlash = await SignedPostAsync(host.Client, "/slack/events/");
        Assert.Equal(HttpStatusCode.OK, trailingSlash.StatusCode);
        Assert.Contains("/slack/events", Assert.Single(routed.Endpoints), StringComparison.Ordinal);

        // Not a POST: routing answers 405, as for any mapped URL.
        using var get = await host.Client.GetAsync(new Uri("/slack/events", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);

        // A command is routed as before.
        using var command = await host.Client.PostAsync(new Uri("/slack/commands", UriKind.Relative), new StringContent("command=%2Fchatops&text=help"));
        Assert.Equal(HttpStatusCode.Unauthorized, command.StatusCode);
        Assert.Contains(routed.Endpoints, e => e.Contains("/slack/commands", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> SignedPostAsync(HttpClient client, string path)
    {
        const string body = """{"type":"event_callback","team_id":"T0ACME","event_id":"EvRoute2","event":{"type":"app_mention","user":"U0ALICE01","text":"<@U0BOT> help","ts":"1791000000.000200","channel":"C0INCIDENT"},"authorizations":[{"team_id":"T0ACME","user_id":"U0BOT","is_bot":true}]}""";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"))));
        return await client.SendAsync(request);
    }

    /// <summary>The endpoints routing ran, from the endpoint middleware's "Executing endpoint" lines.</summary>
    private sealed class RoutingRecorder : ILoggerProvider
    {
        private readonly List<string> endpoints = [];

        public IReadOnlyList<string> Endpoints
        {
            get
            {
                lock (endpoints)
                {
                    return [.. endpoints];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Recorder(RoutingRecorder owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => category == EndpointMiddleware;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var message = formatter(state, exception);
                if (category == EndpointMiddleware && message.StartsWith("Executing endpoint", StringComparison.Ordinal))
                {
                    lock (owner.endpoints)
                    {
                        owner.endpoints.Add(message);
                    }
                }
            }
        }
    }
}
