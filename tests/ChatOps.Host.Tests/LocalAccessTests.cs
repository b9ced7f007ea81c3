using System.Net;
using System.Net.Http.Json;
using System.Text;
using ChatOps.Core.Channels;
using ChatOps.Host.Jobs;

namespace ChatOps.Host.Tests;

/// <summary>
/// The parts without a login (the console, Teams Emulator mode) answer only when they are on and only requests made
/// directly on this machine; a reverse proxy or sidecar on the same machine makes every request loopback.
/// </summary>
public sealed class LocalAccessTests
{
    private const string Secret = "test-signing-secret";

    public static TheoryData<string, string> ForwardingHeaders() => new()
    {
        { "X-Forwarded-For", "203.0.113.7" },
        { "X-Forwarded-Host", "chatops.example.com" },
        { "X-Forwarded-Proto", "https" },
        { "Forwarded", "for=203.0.113.7;proto=https" },
        { "X-Real-IP", "203.0.113.7" },
        { "Via", "1.1 proxy" },
    };

    [Fact]
    public async Task TheEmbeddedDefault_ServesTheConsole_AndSaysSoAtStartUp()
    {
        await using var host = await RunningHost.StartAsync();

        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync(new Uri("/console/api/people", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(ForwardingHeaders))]
    public async Task TheConsole_RefusesARequestRelayedByAProxy(string header, string value)
    {
        await using var host = await RunningHost.StartAsync();

        using var api = Get("/console/api/people", header, value);
        using var page = Get("/", header, value);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/console/api/threads/t/messages")
        {
            Content = new StringContent("""{"as":"bob","text":"help"}""", Encoding.UTF8, "application/json"),
        };
        post.Headers.TryAddWithoutValidation(header, value);

        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client.SendAsync(api)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.SendAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client.SendAsync(post)).StatusCode);
        await Task.Delay(300);
        Assert.Empty(await host.Client.GetFromJsonAsync<string[]>(new Uri("/console/api/threads", UriKind.Relative)) ?? []);
    }

    [Fact]
    public async Task WithSlackConfigured_TheConsoleIsOff_UnlessEnabled()
    {
        string[] slack = ["--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-test", "--Slack:ApiBaseUrl", "http://127.0.0.1:9/api/"];
        await using (var off = await RunningHost.StartAsync(slack))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await off.Client.GetAsync(new Uri("/console/api/people", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await off.Client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
            // Emulator mode is off too: a Slack deployment does not take unauthenticated Teams requests.
            Assert.Equal(HttpStatusCode.Unauthorized, (await off.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), Activity())).StatusCode);
        }

        await using var on = await RunningHost.StartAsync([.. slack, "--Console:Enabled", "true"]);
        Assert.Equal(HttpStatusCode.OK, (await on.Client.GetAsync(new Uri("/console/api/people", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task TheConsoleSwitchedOff_IsNotServed()
    {
        await using var host = await RunningHost.StartAsync("--Console:Enabled", "false");

        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync(new Uri("/console/api/people", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(ForwardingHeaders))]
    public async Task EmulatorMode_RefusesARequestRelayedByAProxy(string header, string value)
    {
        await using var host = await RunningHost.StartAsync();
        using var direct = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Activity("direct") };
        using var relayed = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Activity("relayed") };
        relayed.Headers.TryAddWithoutValidation(header, value);

        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(direct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.SendAsync(relayed)).StatusCode);
    }

    [Fact]
    public async Task EmulatorMode_IsOff_WhenTheHostListensBeyondLoopback()
    {
        await using var host = await RunningHost.StartAsync("--Urls", "http://0.0.0.0:0");

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), Activity())).StatusCode);
    }

    [Fact]
    public async Task StartUp_SaysWhichLocalSurfacesAreOn()
    {
        var folder = Directory.CreateTempSubdirectory("chatops-startup-").FullName;
        try
        {
            using (var local = await HostProcess.StartAsync(Path.Combine(folder, "a.db")))
            {
                await WaitForLinesAsync(local, 4);
                Assert.Contains(local.Output, l => l.StartsWith($"ChatOps console: {local.Address.AbsoluteUri.TrimEnd('/')}/", StringComparison.Ordinal));
                Assert.Contains(local.Output, l => l.StartsWith("Teams Emulator mode: on", StringComparison.Ordinal));
            }

            using var slack = await HostProcess.StartAsync(Path.Combine(folder, "b.db"), "--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-test", "--Inbox:Workers", "false");
            await WaitForLinesAsync(slack, 4);
            Assert.Contains(slack.Output, l => l.StartsWith("ChatOps console: off (Slack is configured; set Console:Enabled=true", StringComparison.Ordinal));
            Assert.Contains(slack.Output, l => l.StartsWith("Slack: on", StringComparison.Ordinal));
            Assert.Contains(slack.Output, l => l.StartsWith("Teams: off", StringComparison.Ordinal));
            Assert.Contains(slack.Output, l => l.StartsWith("Inbox workers: off", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AFailureOfOurCode_IsLoggedWithItsMessage_ALibrarysWithoutIt()
    {
        var ours = Assert.Throws<InvalidOperationException>(() => new ConversationWork(null, null, new ReplyAddress("slack", "C1", "1.2", null, "U1")).DeliveryKey);
        var library = Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<int>("\"the text someone typed\""));

        Assert.Equal("A request needs a delivery id.", FailureReason.Of(ours));
        Assert.DoesNotContain("someone typed", FailureReason.Of(library), StringComparison.Ordinal);
        Assert.StartsWith("raised in System.Text.Json", FailureReason.Of(library), StringComparison.Ordinal);
    }

    private static async Task WaitForLinesAsync(HostProcess host, int count)
    {
        for (var attempt = 0; attempt < 100 && host.Output.Count < count; attempt++)
        {
            await Task.Delay(100);
        }
    }

    private static HttpRequestMessage Get(string path, string header, string value)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation(header, value);
        return request;
    }

    private static StringContent Activity(string id = "emulator-1") => new(
        $$$"""{"type":"message","id":"{{{id}}}","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/","text":"help","from":{"id":"u1","aadObjectId":"u1"},"recipient":{"id":"b1"},"conversation":{"id":"c1"}}""",
        Encoding.UTF8, "application/json");
}
