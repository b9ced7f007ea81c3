using System.Net;
using ChatOps.Host.Tests.Models;
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
        var logs = new CapturedLogs();
        await using var host = await RunningHost.StartAsync(
            b => b.Logging.AddProvider(logs),
            "--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-test", "--Slack:ApiBaseUrl", "http://127.0.0.1:9/api/",
            $"--Logging:LogLevel:{EndpointMiddleware}", "Information");
        var slack = new SignedSlack(host.Client, Secret);

        using var mention = await slack.MentionAsync("EvRoute1", "U0ALICE01", "help", "1791000000.000100");
        Assert.Equal(HttpStatusCode.OK, mention.StatusCode);
        Assert.Empty(Routed(logs));

        // Paths match without regard to case, as routes do; /slack/events/ is routed, to the same handler (the repeat of
        // the event is answered 200 too).
        const string body = """{"type":"event_callback","team_id":"T0ACME","event_id":"EvRoute2","event":{"type":"app_mention","user":"U0ALICE01","text":"<@U0BOT> help","ts":"1791000000.000200","channel":"C0INCIDENT"},"authorizations":[{"team_id":"T0ACME","user_id":"U0BOT","is_bot":true}]}""";
        using var otherCase = await slack.SendAsync("/Slack/Events", "application/json", body);
        Assert.Equal(HttpStatusCode.OK, otherCase.StatusCode);
        Assert.Empty(Routed(logs));
        using var trailingSlash = await slack.SendAsync("/slack/events/", "application/json", body);
        Assert.Equal(HttpStatusCode.OK, trailingSlash.StatusCode);
        Assert.Contains("/slack/events", Assert.Single(Routed(logs)), StringComparison.Ordinal);

        // Not a POST: routing answers 405, as for any mapped URL.
        using var get = await host.Client.GetAsync(new Uri("/slack/events", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);

        // A command is routed as before.
        using var command = await host.Client.PostAsync(new Uri("/slack/commands", UriKind.Relative), new StringContent("command=%2Fchatops&text=help"));
        Assert.Equal(HttpStatusCode.Unauthorized, command.StatusCode);
        Assert.Contains(Routed(logs), e => e.Contains("/slack/commands", StringComparison.Ordinal));
    }

    // The endpoints routing ran, from the endpoint middleware's "Executing endpoint" lines.
    private static List<string> Routed(CapturedLogs logs) =>
        [.. logs.All.Split('\n').Where(l => l.Contains($"{EndpointMiddleware}: Executing endpoint", StringComparison.Ordinal))];
}
