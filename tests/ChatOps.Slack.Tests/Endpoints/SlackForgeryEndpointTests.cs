using System.Globalization;
using System.Net;
using System.Text;
using ChatOps.Slack.Tests.Support;

namespace ChatOps.Slack.Tests.Endpoints;

/// <summary>Every forgery, at every endpoint, gets 401 and reaches nothing; an unconfigured Slack is 404.</summary>
public sealed class SlackForgeryEndpointTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { "slack/events", "slack/commands", "slack/interactive" })
        {
            foreach (var kind in new[] { "bad signature", "wrong version", "stale", "future", "body altered", "no signature", "no timestamp", "no headers", "other secret" })
            {
                data.Add(path, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Forgery_Gets401_AndTheInboxSeesNothing(string path, string kind)
    {
        // Arrange
        await using var host = await SlackEndpointHost.StartAsync();
        var (body, contentType) = Body(path);
        var request = Forge(host, host.Url(path), body, contentType, kind);

        // Act
        using var response = await host.Client.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Inbox.Items);
        Assert.Contains(host.Logs.Lines, l => l.Contains("[6001]", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(TestSigner.Secret, StringComparison.Ordinal) || l.Contains(SlackEndpointHost.BotToken, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("slack/events")]
    [InlineData("slack/commands")]
    [InlineData("slack/interactive")]
    public async Task SlackNotConfigured_Answers404_EvenToASignedRequest(string path)
    {
        await using var host = await SlackEndpointHost.StartAsync(new Dictionary<string, string?>());
        var (body, contentType) = Body(path);

        using var response = await host.Client.SendAsync(TestSigner.SignedPost(host.Url(path), body, contentType, host.UnixNow));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(host.Inbox.Items);
    }

    private static (string Body, string ContentType) Body(string path) => path switch
    {
        "slack/events" => (SlackPayloads.AppMention("Ev0F0RGE", "<@U000TEST> approve"), "application/json"),
        "slack/commands" => (SlackPayloads.Command("draft incident-update"), "application/x-www-form-urlencoded"),
        _ => (SlackPayloads.Form(("payload", SlackPayloads.BlockActions("approve", """{"data":{"approval":"A-1"}}""", "1790000000.000200"))), "application/x-www-form-urlencoded"),
    };

    private static HttpRequestMessage Forge(SlackEndpointHost host, Uri url, string body, string contentType, string kind)
    {
        var now = host.UnixNow;
        string Ts(long t) => t.ToString(CultureInfo.InvariantCulture);
        string Sig(long t, string b, string secret = TestSigner.Secret) => TestSigner.Sign(secret, t, Encoding.UTF8.GetBytes(b));
        var good = Sig(now, body);
        return kind switch
        {
            "bad signature" => TestSigner.Request(url, body, contentType, Ts(now), good[..^1] + (good.EndsWith('0') ? "1" : "0")),
            "wrong version" => TestSigner.Request(url, body, contentType, Ts(now), "v1=" + good[3..]),
            "stale" => TestSigner.Request(url, body, contentType, Ts(now - 301), Sig(now - 301, body)),
            "future" => TestSigner.Request(url, body, contentType, Ts(now + 301), Sig(now + 301, body)),
            "body altered" => TestSigner.Request(url, body.Replace("approve", "reject", StringComparison.Ordinal).Replace("draft", "check", StringComparison.Ordinal) + " ", contentType, Ts(now), good),
            "no signature" => TestSigner.Request(url, body, contentType, Ts(now), null),
            "no timestamp" => TestSigner.Request(url, body, contentType, null, good),
            "no headers" => TestSigner.Request(url, body, contentType, null, null),
            "other secret" => TestSigner.Request(url, body, contentType, Ts(now), Sig(now, body, "not-the-secret")),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }
}
