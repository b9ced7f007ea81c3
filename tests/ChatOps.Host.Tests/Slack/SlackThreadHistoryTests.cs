using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;
using ChatOps.Ledger.Sqlite;

namespace ChatOps.Host.Tests.Slack;

public sealed class SlackThreadHistoryTests
{
    private const string Secret = "test-signing-secret";
    private const string Channel = SignedSlack.Channel;
    private const string Alice = "U0ALICE01";
    private const string Bob = "U0BOB0002";
    private const string Carol = "U0CAROL03";
    private const string Root = "1790000000.000001";
    private const string Request = "1790000120.000100";
    private const string DraftText = "draft customer-update INC-2041 status for EU customers";

    [Fact]
    public async Task DraftInAThread_HasTheEarlierHumanMessages_AsChatMessageSources()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        // Two messages a page, as Slack gives apps outside the Marketplace few, and a 429 on the first read.
        slack.RepliesPageCap = 2;
        slack.RateLimit("conversations.replies", 1);
        slack.Say(Channel, Root, Alice, "checkout-api 5xx at 12% since 13:58 UTC &amp; rising", Root);
        slack.Say(Channel, Root, Bob, "rolled back to v2.3.0 at 14:20 UTC", "1790000060.000100");
        slack.Say(Channel, Root, FakeSlackServer.BotUser, "an earlier answer of the bot", "1790000090.000100", FakeSlackServer.BotId);
        slack.Say(Channel, Root, Bob, "<@U0BOT> help", "1790000100.000100");
        slack.Say(Channel, Root, Alice, $"<@U0BOT> {DraftText}", Request);
        slack.Say(Channel, Root, Carol, "said after the request was made", "1790000130.000100");
        await using var host = await StartAsync(slack);

        var response = await new SignedSlack(host.Client, Secret).MentionAsync("Ev100", Alice, DraftText, Request, threadTs: Root);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var draft = (await slack.WaitForAsync("chat.postMessage", 1))[0];
        Assert.Equal(Root, draft["thread_ts"]!.GetValue<string>());
        var chat = (await EvidenceAsync(host)).Where(e => e["kind"]!.GetValue<string>() == "chat-message").ToList();
        Assert.Equal(["M1", "M2"], chat.Select(e => e["id"]!.GetValue<string>()));
        Assert.Equal(Hash(Root, "alice", "checkout-api 5xx at 12% since 13:58 UTC & rising"), chat[0]["content_hash"]!.GetValue<string>());
        Assert.Equal(Hash("1790000060.000100", "bob", "rolled back to v2.3.0 at 14:20 UTC"), chat[1]["content_hash"]!.GetValue<string>());
        Assert.Equal("https://acme.slack.com/archives/C0INCIDENT/p1790000000000001", chat[0]["uri"]!.GetValue<string>());
        Assert.Equal("https://acme.slack.com/archives/C0INCIDENT/p1790000060000100?thread_ts=1790000000.000001&cid=C0INCIDENT", chat[1]["uri"]!.GetValue<string>());

        // The thread was read page by page, with the bot's token, and no further than the request.
        var reads = slack.Bodies("conversations.replies");
        Assert.Equal(3, reads.Count);
        Assert.All(reads, r => Assert.Equal((Channel, Root, "200"), (r["channel"]!.GetValue<string>(), r["ts"]!.GetValue<string>(), r["limit"]!.GetValue<string>())));
        Assert.Null(reads[0]["cursor"]);
        Assert.NotNull(reads[2]["cursor"]);
        Assert.Single(slack.Bodies("auth.test"));
    }

    [Fact]
    public async Task EditFromTheModal_IsCheckedAgainstTheSameThreadSources()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.Say(Channel, Root, Alice, "checkout-api 5xx at 12% since 13:58 UTC", Root);
        slack.Say(Channel, Root, Bob, "checkout rolled back, errors gone", "1790000060.000100");
        slack.Say(Channel, Root, Alice, $"<@U0BOT> {DraftText}", Request);
        await using var host = await StartAsync(slack);
        var signed = new SignedSlack(host.Client, Secret);
        await signed.MentionAsync("Ev110", Alice, DraftText, Request, threadTs: Root);
        var draft = (await slack.WaitForAsync("chat.postMessage", 1))[0];
        var edit = draft["blocks"]!.AsArray().SelectMany(b => b!["elements"]?.AsArray() ?? []).First(e => e!["action_id"]?.GetValue<string>() == "edit")!;

        // Edit opens the modal; its submission carries the new text, which cites the thread's M2.
        await signed.ClickAsync(Alice, "edit", edit["value"]!.GetValue<string>(), "1790000121.000100", "1790000122.1");
        var modal = (await slack.WaitForAsync("views.open", 1))[0]["view"]!;
        await signed.SubmitViewAsync(Alice, "V0EDIT01", modal, "The checkout errors are gone after the rollback [M2].");
        await slack.WaitForAsync("chat.postMessage", 2);

        using var ledger = new SqliteLedgerStore(host.LedgerPath, TimeProvider.System);
        var versions = await WaitForAsync(ledger, LedgerRecordKinds.DraftCreated, 2);
        var evidence = JsonNode.Parse(versions[1].Payload!)!["evidence"]!.AsArray();
        Assert.Equal(["M1", "M2"], evidence.Where(e => e!["kind"]!.GetValue<string>() == "chat-message").Select(e => e!["id"]!.GetValue<string>()));
        var check = (await WaitForAsync(ledger, LedgerRecordKinds.CheckResult, 2))[1];
        Assert.DoesNotContain("unknown-source", check.Payload, StringComparison.Ordinal);
        Assert.Equal(2, slack.Bodies("conversations.replies").Count);
    }

    [Fact]
    public async Task ThreadHistoryUnreadable_DraftsWithoutIt_AndSaysSo()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.Say(Channel, Root, Bob, "rolled back to v2.3.0 at 14:20 UTC", Root);
        slack.Fail("conversations.replies", "missing_scope");
        await using var host = await StartAsync(slack);

        await new SignedSlack(host.Client, Secret).MentionAsync("Ev101", Alice, DraftText, Request, threadTs: Root);

        var posts = await slack.WaitForAsync("chat.postMessage", 2);
        Assert.Contains(posts, p => p["blocks"]!.ToJsonString().Contains("\"submit\"", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.ToJsonString().Contains("Thread not read", StringComparison.Ordinal));
        var evidence = await EvidenceAsync(host);
        Assert.NotEmpty(evidence);
        Assert.DoesNotContain(evidence, e => e["kind"]!.GetValue<string>() == "chat-message");
        Assert.DoesNotContain(posts, p => p.ToJsonString().Contains("rolled back", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HelpInAThread_DoesNotReadTheThread()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.Say(Channel, Root, Bob, "rolled back to v2.3.0 at 14:20 UTC", Root);
        await using var host = await StartAsync(slack);

        await new SignedSlack(host.Client, Secret).MentionAsync("Ev102", Alice, "help", Request, threadTs: Root);

        await slack.WaitForAsync("chat.postMessage", 1);
        Assert.Empty(slack.Bodies("conversations.replies"));
    }

    private static Task<RunningHost> StartAsync(FakeSlackServer slack) =>
        RunningHost.StartAsync("--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-test", "--Slack:ApiBaseUrl", slack.ApiBaseUrl.ToString());

    private static async Task<IReadOnlyList<JsonNode>> EvidenceAsync(RunningHost host)
    {
        using var ledger = new SqliteLedgerStore(host.LedgerPath, TimeProvider.System);
        var created = Assert.Single(await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.DraftCreated)));
        return [.. JsonNode.Parse(created.Payload!)!["evidence"]!.AsArray().Select(e => e!)];
    }

    private static async Task<IReadOnlyList<LedgerRecord>> WaitForAsync(SqliteLedgerStore ledger, string kind, int count)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var records = await ledger.QueryAsync(new LedgerQuery(Kind: kind));
            if (records.Count >= count)
            {
                return records;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The ledger did not reach {count} {kind} records.");
    }

    // The chat-message source text as the evidence gatherer writes it: "[when] who: what".
    private static string Hash(string ts, string author, string text)
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(long.Parse(ts.Split('.')[0], CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"[{at}] {author}: {text}")));
    }
}
