using System.Globalization;
using System.Net;
using ChatOps.Core.Ledger;
using ChatOps.Ledger.Postgres;
using ChatOps.Testing.Postgres;

namespace ChatOps.Host.Tests.Slack;

/// <summary>Two host instances on one PostgreSQL database share the durable inbox; needs PostgreSQL (never skipped).</summary>
public sealed class SharedInboxTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const string Secret = "test-signing-secret";
    private const int Events = 40;

    [Fact]
    public async Task TwoInstances_OnePostgres_AnswerEveryEventOnce_ThoughSlackRetriesAtTheOther()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var slack = await FakeSlackServer.StartAsync();
        string[] settings = ["--Ledger:Provider", "postgres", "--ConnectionStrings:Ledger", database,
            "--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-test", "--Slack:ApiBaseUrl", slack.ApiBaseUrl.ToString()];
        // Both start at once on the empty database, as two replicas of a deployment do: the tables are created once.
        var starting = await Task.WhenAll(RunningHost.StartAsync(settings), RunningHost.StartAsync(settings));
        await using var first = starting[0];
        await using var second = starting[1];
        SignedSlack[] instances = [new(first.Client, Secret), new(second.Client, Secret)];

        // Events go to the instances in turn; each is redelivered, as Slack retries, to the other instance at the same time.
        var deliveries = Enumerable.Range(0, Events).Select(async i =>
        {
            var (to, retryTo) = (instances[i % 2], instances[(i + 1) % 2]);
            var ts = Ts(i);
            var text = $"draft incident-internal INC-2041 update {i}";
            var answers = await Task.WhenAll(to.MentionAsync(EventId(i), "U0ALICE01", text, ts), retryTo.MentionAsync(EventId(i), "U0ALICE01", text, ts, retry: 1));
            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        });
        await Task.WhenAll(deliveries);

        await using var ledger = new PostgresLedgerStore(database, TimeProvider.System);
        await WaitAsync(async () => await ledger.PendingCountAsync() == 0);
        // A request run twice would post again just after; give it the time to show.
        await Task.Delay(1000);

        // One draft posted in each event's thread: nothing lost, nothing twice.
        var posts = slack.Bodies("chat.postMessage");
        var threads = posts.Select(p => p["thread_ts"]!.GetValue<string>()).ToList();
        Assert.Equal(Enumerable.Range(0, Events).Select(Ts).Order(StringComparer.Ordinal), threads.Order(StringComparer.Ordinal));
        Assert.All(posts, p => Assert.Contains("\"submit\"", p["blocks"]!.ToJsonString(), StringComparison.Ordinal));
        var drafts = await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.DraftCreated));
        Assert.Equal(Events, drafts.Count);
        Assert.Equal(Events, drafts.Select(d => d.Thread).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Events, (await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.CheckResult))).Count);
        var chain = await ChainVerifier.VerifyAsync(ledger);
        Assert.True(chain.IsValid, chain.ToString());
    }

    [Fact]
    public async Task AnAnswerSlowerThanTheLease_IsNotTakenOverByTheOtherInstance()
    {
        // The lease is one second and Slack takes three to accept the answer: only the renewed lease keeps the other
        // instance from claiming the request mid-run and drafting and posting it a second time.
        var database = await postgres.CreateDatabaseAsync();
        await using var slack = await FakeSlackServer.StartAsync();
        slack.PostDelay = TimeSpan.FromSeconds(3);
        string[] settings = ["--Ledger:Provider", "postgres", "--ConnectionStrings:Ledger", database, "--Inbox:LeaseSeconds", "1",
            "--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-test", "--Slack:ApiBaseUrl", slack.ApiBaseUrl.ToString()];
        var starting = await Task.WhenAll(RunningHost.StartAsync(settings), RunningHost.StartAsync(settings));
        await using var first = starting[0];
        await using var second = starting[1];

        var answer = await new SignedSlack(first.Client, Secret).MentionAsync("Ev9001", "U0ALICE01", "draft incident-internal INC-2041 slow day", Ts(9001));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);

        await using var ledger = new PostgresLedgerStore(database, TimeProvider.System);
        await WaitAsync(async () => await ledger.PendingCountAsync() == 0);
        await Task.Delay(4000);
        Assert.Single(slack.Calls, c => c.Method == "chat.postMessage");
    }

    [Fact]
    public async Task AnIngestOnlyInstance_AcceptsWithoutAnswering_AndTheWorkerInstanceAnswersEachEventOnce()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var slack = await FakeSlackServer.StartAsync();
        string[] settings = ["--Ledger:Provider", "postgres", "--ConnectionStrings:Ledger", database,
            "--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-test", "--Slack:ApiBaseUrl", slack.ApiBaseUrl.ToString()];
        await using var ingest = await RunningHost.StartAsync([.. settings, "--Inbox:Workers", "false"]);
        var toIngest = new SignedSlack(ingest.Client, Secret);
        await using var ledger = new PostgresLedgerStore(database, TimeProvider.System);

        // The ingest instance accepts a burst, each event also retried by Slack at it, and answers none of them.
        await SendAsync(toIngest, 200, Events);
        await Task.Delay(1500);
        Assert.DoesNotContain(slack.Calls, c => c.Method == "chat.postMessage");
        Assert.Equal(Events, await ledger.PendingCountAsync());

        // A worker instance on the same database answers them, while the ingest instance keeps accepting more.
        await using var worker = await RunningHost.StartAsync(settings);
        await SendAsync(toIngest, 200 + Events, Events);
        await WaitAsync(async () => await ledger.PendingCountAsync() == 0);
        await Task.Delay(1000);

        var threads = slack.Bodies("chat.postMessage").Select(p => p["thread_ts"]!.GetValue<string>()).ToList();
        Assert.Equal(Enumerable.Range(200, 2 * Events).Select(Ts).Order(StringComparer.Ordinal), threads.Order(StringComparer.Ordinal));
    }

    private static async Task SendAsync(SignedSlack slack, int from, int count)
    {
        var answers = await Task.WhenAll(Enumerable.Range(from, count).Select(async i => await Task.WhenAll(
            slack.MentionAsync(EventId(i), "U0ALICE01", "help", Ts(i)), slack.MentionAsync(EventId(i), "U0ALICE01", "help", Ts(i), retry: 1))));
        Assert.All(answers.SelectMany(a => a), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
    }

    private static string EventId(int i) => $"Ev{i.ToString("D4", CultureInfo.InvariantCulture)}";

    private static string Ts(int i) => $"17900{i.ToString("D5", CultureInfo.InvariantCulture)}.000100";

    private static async Task WaitAsync(Func<Task<bool>> done)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (await done())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The inbox was not drained within a minute.");
    }
}
