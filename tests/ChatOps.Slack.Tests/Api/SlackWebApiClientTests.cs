using System.Text.Json.Nodes;
using ChatOps.Slack.Cards;
using ChatOps.Slack.Outbound;
using ChatOps.Slack.Tests.Rendering;
using ChatOps.Slack.Tests.Support;
using ChatOps.Slack.Wire;

namespace ChatOps.Slack.Tests.Api;

public sealed class SlackWebApiClientTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task PostMessage_SendsJsonWithBearerToken_AndReturnsWhereItLanded()
    {
        // Arrange
        await using var f = await SlackApiFixture.StartAsync();
        var message = new BlockKitRenderer().Render(CardSamples.ApprovalRequest());

        // Act
        var posted = await f.Api.PostMessageAsync(ChatPostMessageRequest.From("C0123456789", message, threadTs: "1790000000.000100"));

        // Assert
        var call = Assert.Single(f.Slack.Calls);
        Assert.Equal("chat.postMessage", call.Method);
        Assert.Equal("Bearer " + SlackEndpointHost.BotToken, call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        var body = JsonNode.Parse(call.Body)!;
        Assert.Equal("C0123456789", body["channel"]!.GetValue<string>());
        Assert.Equal("1790000000.000100", body["thread_ts"]!.GetValue<string>());
        Assert.Equal(message.Text, body["text"]!.GetValue<string>());
        Assert.Equal(message.Blocks.Count, body["blocks"]!.AsArray().Count);
        Assert.Equal("header", body["blocks"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("1790000000.000200", posted.Ts);
        Assert.True(posted.Extra!.ContainsKey("message"), "fields we do not model are kept");
    }

    [Fact]
    public async Task UpdateEphemeralAndViewsOpen_SendTheirDocumentedJson()
    {
        await using var f = await SlackApiFixture.StartAsync();
        var decided = new SlackMessage("Approved", [new SectionBlock { Text = new MrkdwnText("Approved by Dana") }]);

        var updated = await f.Api.UpdateMessageAsync(ChatUpdateRequest.From("C0123456789", "1790000010.000100", decided));
        var ephemeral = await f.Api.PostEphemeralAsync(new ChatPostEphemeralRequest("C0123456789", "U024BE7LH", "Only approvers can decide.") { ThreadTs = "1790000000.000100" });
        var view = await f.Api.OpenViewAsync(new ViewsOpenRequest("1790000006.9.trigger", new SlackModalView(new PlainText("Reject"), [])));

        var calls = f.Slack.Calls;
        Assert.Equal(["chat.update", "chat.postEphemeral", "views.open"], calls.Select(c => c.Method));
        Assert.Equal("1790000010.000100", JsonNode.Parse(calls[0].Body)!["ts"]!.GetValue<string>());
        Assert.Equal("U024BE7LH", JsonNode.Parse(calls[1].Body)!["user"]!.GetValue<string>());
        Assert.Equal("modal", JsonNode.Parse(calls[2].Body)!["view"]!["type"]!.GetValue<string>());
        Assert.Equal("1790000000.000200", updated.Ts);
        Assert.Equal("1790000000.000300", ephemeral.MessageTs);
        Assert.Equal("V0123", view.View!.Value.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Readers_SendFormFields_AndKeepUnknownFields()
    {
        await using var f = await SlackApiFixture.StartAsync();

        var user = await f.Api.GetUserAsync("U024BE7LH");
        var replies = await f.Api.GetRepliesAsync("C0123456789", "1790000000.000100", cursor: "abc", limit: 15);
        var link = await f.Api.GetPermalinkAsync("C0123456789", "1790000000.000100");

        var calls = f.Slack.Calls;
        Assert.All(calls, c => Assert.StartsWith("application/x-www-form-urlencoded", c.ContentType, StringComparison.Ordinal));
        Assert.Equal(new Dictionary<string, string> { ["user"] = "U024BE7LH" }, SlackPayloads.ParseForm(calls[0].Body));
        Assert.Equal(new Dictionary<string, string> { ["channel"] = "C0123456789", ["ts"] = "1790000000.000100", ["cursor"] = "abc", ["limit"] = "15" }, SlackPayloads.ParseForm(calls[1].Body));
        Assert.Equal(new Dictionary<string, string> { ["channel"] = "C0123456789", ["message_ts"] = "1790000000.000100" }, SlackPayloads.ParseForm(calls[2].Body));
        Assert.Equal("Dana Ops", user.User!.RealName);
        Assert.True(user.User.Profile!.Extra!.ContainsKey("status_emoji"));
        Assert.Equal(2, replies.Messages.Count);
        Assert.True(replies.HasMore);
        Assert.Equal("bmV4dA==", replies.ResponseMetadata!.NextCursor);
        Assert.True(replies.Messages[0].Extra!.ContainsKey("reply_count"));
        Assert.Equal(new Uri("https://example.slack.com/archives/C0123456789/p1790000000000100"), link.Permalink);
    }

    [Fact]
    public async Task AuthTest_SendsTheTokenOnly_AndReadsTheBotAndWorkspace()
    {
        await using var f = await SlackApiFixture.StartAsync();

        var me = await f.Api.AuthTestAsync();

        var call = Assert.Single(f.Slack.Calls);
        Assert.Equal("auth.test", call.Method);
        Assert.Equal("Bearer " + SlackEndpointHost.BotToken, call.Authorization);
        Assert.Empty(SlackPayloads.ParseForm(call.Body));
        Assert.Equal(new Uri("https://example.slack.com/"), me.Url);
        Assert.Equal(("U000TEST", "B000TEST", "T000TEST"), (me.UserId, me.BotId, me.TeamId));
        Assert.True(me.Extra!.ContainsKey("is_enterprise_install"));
    }

    [Fact]
    public async Task Replies_RateLimited_WaitsOutRetryAfter_ThenAsksForTheSamePage()
    {
        await using var f = await SlackApiFixture.StartAsync();
        f.Slack.Script("conversations.replies", FakeSlackAnswer.RateLimited(60));

        var replies = f.Api.GetRepliesAsync("C0123456789", "1790000000.000100", cursor: "bmV4dA==", limit: 200);
        await f.WaitUntilBlockedAsync("conversations.replies");
        var page = await FakeClock.RunAsync(f.Time, replies, Step);

        var calls = f.Slack.Calls;
        Assert.Equal(2, calls.Count);
        Assert.InRange(calls[1].At - calls[0].At, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(62));
        Assert.Equal(SlackPayloads.ParseForm(calls[0].Body), SlackPayloads.ParseForm(calls[1].Body));
        Assert.Equal("bmV4dA==", SlackPayloads.ParseForm(calls[1].Body)["cursor"]);
        Assert.Equal(2, page.Messages.Count);
    }

    [Theory]
    [InlineData("channel_not_found")]
    [InlineData("not_in_channel")]
    [InlineData("invalid_blocks")]
    public async Task OkFalse_ThrowsSlackApiException_WithTheErrorCode(string code)
    {
        await using var f = await SlackApiFixture.StartAsync();
        f.Slack.Script("chat.postMessage", FakeSlackAnswer.Error(code));

        var e = await Assert.ThrowsAsync<SlackApiException>(() => f.Api.PostMessageAsync(new ChatPostMessageRequest("C0123456789", "hi")));

        Assert.Equal(code, e.ErrorCode);
        Assert.Equal("chat.postMessage", e.Method);
        Assert.Single(f.Slack.Calls);
        Assert.Contains(f.Logs.Lines, l => l.Contains(code, StringComparison.Ordinal));
        Assert.DoesNotContain(f.Logs.Lines, l => l.Contains(SlackEndpointHost.BotToken, StringComparison.Ordinal));
        Assert.DoesNotContain(SlackEndpointHost.BotToken, e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimited_WaitsOutRetryAfter_ForThatMethodOnly()
    {
        // Arrange
        await using var f = await SlackApiFixture.StartAsync();
        f.Slack.Script("chat.postMessage", FakeSlackAnswer.RateLimited(30));
        var secondPost = f.Slack.WaitForCallAsync("chat.postMessage", 2);

        // Act 1: the post is rate-limited; another method is not held back meanwhile.
        var post = f.Api.PostMessageAsync(new ChatPostMessageRequest("C0123456789", "hi"));
        var first = await f.Slack.WaitForCallAsync("chat.postMessage", 1);
        await f.WaitUntilBlockedAsync("chat.postMessage");
        var user = await f.Api.GetUserAsync("U024BE7LH");

        // Assert 1
        Assert.Equal("U024BE7LH", user.User!.Id);
        Assert.False(post.IsCompleted);
        Assert.False(secondPost.IsCompleted);

        // Act 2: fake time moves on until the post goes through.
        var posted = await FakeClock.RunAsync(f.Time, post, Step);

        // Assert 2
        Assert.Equal("1790000000.000200", posted.Ts);
        var retried = await secondPost;
        Assert.InRange(retried.At - first.At, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(31));
    }

    [Fact]
    public async Task RateLimited_BeyondRetries_Throws()
    {
        await using var f = await SlackApiFixture.StartAsync(maxRetries: 1);
        f.Slack.Script("users.info", FakeSlackAnswer.RateLimited(2), FakeSlackAnswer.RateLimited(2));

        var e = await Assert.ThrowsAsync<SlackApiException>(() => FakeClock.RunAsync(f.Time, f.Api.GetUserAsync("U024BE7LH"), Step));

        Assert.Equal("ratelimited", e.ErrorCode);
        Assert.Equal(2, f.Slack.Calls.Count);
    }

    [Fact]
    public async Task ServerError_IsRetriedWithBackoff_ThenSucceeds()
    {
        await using var f = await SlackApiFixture.StartAsync();
        f.Slack.Script("chat.update", FakeSlackAnswer.ServerError(), FakeSlackAnswer.ServerError());

        var updated = await FakeClock.RunAsync(f.Time, f.Api.UpdateMessageAsync(new ChatUpdateRequest("C0123456789", "1790000010.000100", "Approved")), Step);

        Assert.Equal("1790000000.000200", updated.Ts);
        var calls = f.Slack.Calls;
        Assert.Equal(3, calls.Count);
        // Jittered backoff waits at least half of 1 s, then of 2 s (the upper bounds are SlackRetryDelayTests').
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(0.5));
        Assert.True(calls[2].At - calls[1].At >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task ServerErrors_BeyondRetries_Throw_AfterABoundedNumberOfCalls()
    {
        await using var f = await SlackApiFixture.StartAsync(maxRetries: 3);
        f.Slack.Script("chat.postMessage", [.. Enumerable.Repeat(FakeSlackAnswer.ServerError(), 10)]);

        var e = await Assert.ThrowsAsync<SlackApiException>(() => FakeClock.RunAsync(f.Time, f.Api.PostMessageAsync(new ChatPostMessageRequest("C0123456789", "hi")), Step));

        Assert.Equal("http_500", e.ErrorCode);
        Assert.Equal(4, f.Slack.Calls.Count);
    }
}
