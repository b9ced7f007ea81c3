using System.Net;
using System.Net.Sockets;
using System.Text;
using ChatOps.Slack.Inbound;
using ChatOps.Slack.Tests.Support;

namespace ChatOps.Slack.Tests.Endpoints;

public sealed class SlackEventsEndpointTests
{
    private const string Json = "application/json";

    [Fact]
    public async Task UrlVerification_AnswersTheChallenge()
    {
        // Arrange
        await using var host = await SlackEndpointHost.StartAsync();
        var body = SlackPayloads.UrlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");

        // Act
        using var response = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/events"), body, Json, host.UnixNow));

        // Assert
        Assert.True(response.StatusCode == HttpStatusCode.OK, string.Join("\n", host.Logs.Lines));
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
        Assert.Empty(host.Inbox.Items);
    }

    [Fact]
    public async Task AppMention_ReachesInboxOnce_WhenSlackRedeliversIt()
    {
        // Arrange
        await using var host = await SlackEndpointHost.StartAsync();
        var body = SlackPayloads.AppMention("Ev0AAA1", "<@U000TEST> draft incident-update INC-7");

        // Act: the first delivery, then Slack's retries (X-Slack-Retry-Num 1 and 2) of the same event.
        using var first = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/events"), body, Json, host.UnixNow));
        using var retry1 = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/events"), body, Json, host.UnixNow, retryNum: 1));
        using var retry2 = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/events"), body, Json, host.UnixNow, retryNum: 2));

        // Assert
        Assert.All(new[] { first, retry1, retry2 }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(string.Empty, await first.Content.ReadAsStringAsync());
        var item = Assert.IsType<SlackMessageReceived>(Assert.Single(host.Inbox.Items));
        Assert.Equal(new SlackActor(SlackPayloads.Person, SlackPayloads.Team), item.Who);
        Assert.Equal(new SlackPlace(SlackPayloads.Channel, "1790000000.000100"), item.Where);
        Assert.Equal("draft incident-update INC-7", item.Text);
        Assert.True(item.MentionsBot);
        Assert.Equal("event:1790000000.000100:Ev0AAA1", item.DeliveryKey);
        Assert.Equal(["event:1790000000.000100:Ev0AAA1", "event:1790000000.000100:Ev0AAA1"], host.Inbox.Repeats);
        Assert.Contains(host.Logs.Lines, l => l.Contains("repeated Slack delivery event:1790000000.000100:Ev0AAA1 (retry 2)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeliveryKeys_GrowWithTheMessagesTime_WhateverTheEventIds()
    {
        // Real event ids are random; the job queue's unique index is cheapest when each new key sorts after the last.
        await using var host = await SlackEndpointHost.StartAsync();
        foreach (var (id, ts) in new[] { ("Ev0ZZZ9", "1790000001.000100"), ("Ev0AAA1", "1790000001.000200"), ("Ev0MMM5", "1790000002.000050") })
        {
            using var response = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/events"),
                SlackPayloads.AppMention(id, "<@U000TEST> help", ts: ts), Json, host.UnixNow));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var keys = host.Inbox.Items.Select(i => i.DeliveryKey).ToArray();
        Assert.Equal(["event:1790000001.000100:Ev0ZZZ9", "event:1790000001.000200:Ev0AAA1", "event:1790000002.000050:Ev0MMM5"], keys);
        Assert.Equal(keys, keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AppMention_InAThread_AnswersInThatThread()
    {
        await using var host = await SlackEndpointHost.StartAsync();
        var body = SlackPayloads.AppMention("Ev0AAA2", "<@U000TEST> who-approved", ts: "1790000099.000100", threadTs: "1790000000.000100");

        using var response = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/events"), body, Json, host.UnixNow));

        var item = Assert.IsType<SlackMessageReceived>(Assert.Single(host.Inbox.Items));
        Assert.Equal("1790000000.000100", item.Where.ThreadTs);
        Assert.Equal("1790000099.000100", item.MessageTs);
    }

    [Fact]
    public async Task ThreadReply_ReachesInbox_AsAMessage()
    {
        await using var host = await SlackEndpointHost.StartAsync();
        var body = SlackPayloads.Message("Ev0BBB1", "who approved?");

        using var response = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/events"), body, Json, host.UnixNow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = Assert.IsType<SlackMessageReceived>(Assert.Single(host.Inbox.Items));
        Assert.Equal("who approved?", item.Text);
        Assert.False(item.MentionsBot);
        Assert.Equal(new SlackPlace(SlackPayloads.Channel, "1790000000.000100"), item.Where);
    }

    [Fact]
    public async Task DirectMessage_ReachesInbox_AnsweredAtTopLevel()
    {
        await using var host = await SlackEndpointHost.StartAsync();
        var body = SlackPayloads.Message("Ev0BBB2", "help", threadTs: null, channelType: "im");

        using var response = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/events"), body, Json, host.UnixNow));

        var item = Assert.IsType<SlackMessageReceived>(Assert.Single(host.Inbox.Items));
        Assert.Equal("help", item.Text);
        Assert.Null(item.Where.ThreadTs);
    }

    [Theory]
    [InlineData("bot's own user", SlackPayloads.BotUser, null, null, "1790000000.000100")]
    [InlineData("any bot_id", SlackPayloads.Person, "B000TEST", null, "1790000000.000100")]
    [InlineData("bot_message subtype", null, "B000TEST", "bot_message", "1790000000.000100")]
    [InlineData("edited message", SlackPayloads.Person, null, "message_changed", "1790000000.000100")]
    [InlineData("top-level channel chatter", SlackPayloads.Person, null, null, null)]
    public async Task MessagesTheBotMustNotAnswer_AreAcknowledged_AndIgnored(string name, string? user, string? botId, string? subtype, string? threadTs)
    {
        await using var host = await SlackEndpointHost.StartAsync();
        var body = SlackPayloads.Message("Ev0CCC1", "approval posted", user, threadTs, botId, subtype);

        using var response = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/events"), body, Json, host.UnixNow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(host.Inbox.Items.Count == 0, name);
    }

    [Fact]
    public async Task ThreadMessageMentioningTheBot_IsTakenOnlyFromItsAppMention()
    {
        await using var host = await SlackEndpointHost.StartAsync();
        var asMessage = SlackPayloads.Message("Ev0DDD1", "<@U000TEST> who-approved");
        var asMention = SlackPayloads.AppMention("Ev0DDD2", "<@U000TEST> who-approved", threadTs: "1790000000.000100");

        using var r1 = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/events"), asMessage, Json, host.UnixNow));
        using var r2 = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/events"), asMention, Json, host.UnixNow));

        Assert.True(Assert.IsType<SlackMessageReceived>(Assert.Single(host.Inbox.Items)).MentionsBot);
    }

    [Fact]
    public async Task InboxFailure_Answers500_AndSlacksRetryIsTaken()
    {
        // Arrange
        await using var host = await SlackEndpointHost.StartAsync();
        host.Inbox.FailNext();
        var body = SlackPayloads.AppMention("Ev0EEE1", "<@U000TEST> draft incident-update");

        // Act
        using var first = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/events"), body, Json, host.UnixNow));
        using var retry = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/events"), body, Json, host.UnixNow, retryNum: 1));

        // Assert
        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Single(host.Inbox.Items);
    }

    [Fact]
    public async Task BoltSignedAppMention_IsAccepted()
    {
        // Arrange: the shared peers' request shape, signed in node and accepted by Bolt's verifier first.
        await using var host = await SlackEndpointHost.StartAsync();
        var body = SlackPayloads.AppMention("Ev0FFF1", "<@U000TEST> draft incident-update — “Zürich” 🚀");
        var ts = host.UnixNow.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = await BoltSigner.SignAsync(TestSigner.Secret, ts, body, host.UnixNow);

        // Act
        using var response = await host.Client.SendAsync(TestSigner.Request(host.Url("slack/events"), body, Json, ts, signature));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("draft incident-update — “Zürich” 🚀", Assert.IsType<SlackMessageReceived>(Assert.Single(host.Inbox.Items)).Text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(200)]
    public async Task ABodyArrivingAfterItsHeaders_IsReadWholeBeforeItIsChecked(int firstPart)
    {
        // The body is read off the connection's buffer when it came with the headers; here its rest comes later, as over
        // a slow link, and the request is still read whole, verified and accepted (and a short body is never taken).
        await using var host = await SlackEndpointHost.StartAsync();
        var body = Encoding.UTF8.GetBytes(SlackPayloads.AppMention("Ev0SLOW1", "<@U000TEST> draft incident-update INC-9"));
        var head = Encoding.ASCII.GetBytes(
            $"POST /slack/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n" +
            $"X-Slack-Request-Timestamp: {host.UnixNow}\r\nX-Slack-Signature: {TestSigner.Sign(TestSigner.Secret, host.UnixNow, body)}\r\nConnection: close\r\n\r\n");
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(host.Url("/").Host, host.Url("/").Port);
        var stream = tcp.GetStream();

        await stream.WriteAsync(head.Concat(body.Take(firstPart)).ToArray());
        await Task.Delay(300);
        Assert.Empty(host.Inbox.Items);
        await stream.WriteAsync(body.Skip(firstPart).ToArray());
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var status = await reader.ReadLineAsync();

        Assert.Equal("HTTP/1.1 200 OK", status);
        Assert.Equal("draft incident-update INC-9", Assert.IsType<SlackMessageReceived>(Assert.Single(host.Inbox.Items)).Text);
    }
}
