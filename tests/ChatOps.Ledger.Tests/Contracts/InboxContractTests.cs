using ChatOps.Core.Channels;
using ChatOps.Core.Conversations;
using ChatOps.Core.Jobs;
using ChatOps.Core.Ledger;
using ChatOps.Core.Policy;

namespace ChatOps.Ledger.Tests.Contracts;

/// <summary>What the job queue must do for chat requests: keep each delivery once, batch or not, and complete each request once.</summary>
public abstract class InboxContractTests(IStoreFactory stores) : StoreTestBase(stores)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task EnqueueAsync_Batch_KeepsEachDeliveryOnce_EvenWithinTheBatch()
    {
        var first = await Store.EnqueueAsync([Request("teams:a"), Request("teams:b"), Request("teams:a")]);
        var second = await Store.EnqueueAsync([Request("teams:b"), Request("teams:c")]);
        var single = (await Store.EnqueueAsync([Request("teams:c")]))[0];

        Assert.Equal([true, true, false], first);
        Assert.Equal([false, true], second);
        Assert.False(single);
        Assert.Equal(3, await Store.PendingCountAsync());
        var claimed = await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease);
        Assert.Equal(["teams:a", "teams:b", "teams:c"], claimed.Select(i => i.IdempotencyKey));
    }

    [Fact]
    public async Task EnqueueAsync_OverlappingBatchesInOppositeOrders_AtOnce_KeepEachDeliveryOnce()
    {
        // Two instances accepting the same deliveries (one of them a retry) in opposite orders: a database that aborts
        // one transaction to break the deadlock must not turn that into a failed request.
        var keys = Enumerable.Range(0, 40).Select(i => $"slack:Ev{i:D3}").ToArray();
        for (var round = 0; round < 10; round++)
        {
            var forward = keys.Select(k => Request($"{k}-{round}")).ToArray();
            var backward = forward.Reverse().ToArray();
            var results = await Task.WhenAll(
                Task.Run(() => Store.EnqueueAsync(forward)),
                Task.Run(() => Store.EnqueueAsync(backward)));

            Assert.All(keys, (_, i) => Assert.True(results[0][i] ^ results[1][keys.Length - 1 - i]));
        }

        Assert.Equal(400, await Store.PendingCountAsync());
    }

    [Fact]
    public async Task DeferRequestsAsync_KeptRequest_IsNotClaimedBeforeItsTime_ThenIsOnce()
    {
        await Store.EnqueueAsync([Request("slack:Ev429"), Request("slack:Ev200")]);
        var claimed = await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease);
        await Store.CompleteAsync([claimed[1].Id]);

        foreach (var id in (long[])[claimed[0].Id, claimed[1].Id])
        {
            await Store.RetryAsync(id, Time.GetUtcNow() + TimeSpan.FromSeconds(20), "kept for later");
        }

        Time.Advance(TimeSpan.FromSeconds(19));
        var early = await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease);
        Time.Advance(TimeSpan.FromSeconds(1));
        var due = await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease);

        Assert.Empty(early);
        var again = Assert.Single(due);
        Assert.Equal(("slack:Ev429", 2), (again.IdempotencyKey, again.Attempts));
        Assert.Equal(1, await Store.PendingCountAsync());
    }

    [Fact]
    public async Task RecordDeliveryAsync_KeepsEachKeyOnce_NeverRuns_AndMeetsJobKeys()
    {
        await Store.EnqueueAsync([Request("slack:Ev1")]);

        var first = await Store.RecordDeliveryAsync("claim:teams:i-1", Time.GetUtcNow());
        var repeat = await Store.RecordDeliveryAsync("claim:teams:i-1", Time.GetUtcNow());
        var overJob = await Store.RecordDeliveryAsync("slack:Ev1", Time.GetUtcNow());
        var jobOverClaim = await Store.EnqueueAsync([Request("claim:teams:i-1")]);

        Assert.True(first);
        Assert.False(repeat);
        Assert.False(overJob);
        Assert.Equal([false], jobOverClaim);
        // A recorded delivery is done from the start: nothing claims it, and operators do not see it as pending.
        Assert.Equal(1, await Store.PendingCountAsync());
        Assert.Equal(["slack:Ev1"], (await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease)).Select(j => j.IdempotencyKey));
        Assert.DoesNotContain(await Store.ListAsync(failedOnly: false), j => j.Kind == JobKinds.DeliveryClaim);
    }

    [Fact]
    public async Task ForgetDeliveryAsync_LetsTheKeyBeRecordedAgain_ButNeverForgetsAJob()
    {
        await Store.EnqueueAsync([Request("slack:Ev2")]);
        await Store.RecordDeliveryAsync("claim:slack:click-1", Time.GetUtcNow());

        await Store.ForgetDeliveryAsync("claim:slack:click-1");
        await Store.ForgetDeliveryAsync("slack:Ev2");

        Assert.True(await Store.RecordDeliveryAsync("claim:slack:click-1", Time.GetUtcNow()));
        Assert.Equal([false], await Store.EnqueueAsync([Request("slack:Ev2")]));
        Assert.Equal(1, await Store.PendingCountAsync());
    }

    [Fact]
    public async Task EnqueueAsync_Empty_KeepsNothing()
    {
        Assert.Empty(await Store.EnqueueAsync([]));
        Assert.Equal(0, await Store.PendingCountAsync());
    }

    [Fact]
    public async Task CompleteAsync_Many_CompletesEachOnce_AndTheRestRunAgainAfterTheLease()
    {
        await Store.EnqueueAsync([.. Enumerable.Range(0, 5).Select(i => Request($"teams:{i}"))]);
        var claimed = await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease);

        await Store.CompleteAsync([.. claimed.Take(3).Select(i => i.Id)]);
        await Store.CompleteAsync([.. claimed.Take(3).Select(i => i.Id)]);
        Time.Advance(Lease);
        var again = await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease);

        Assert.Equal(2, await Store.PendingCountAsync());
        Assert.Equal(["teams:3", "teams:4"], again.Select(i => i.IdempotencyKey));
        Assert.All(again, i => Assert.Equal(2, i.Attempts));
    }

    [Fact]
    public async Task RenewAsync_LiveLease_KeepsTheRequestFromOtherWorkers_ALapsedOneIsNotTakenBack()
    {
        await Store.EnqueueAsync([Request("teams:slow"), Request("teams:lapsed")]);
        var claimed = await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease);
        var slow = claimed.Single(i => i.IdempotencyKey == "teams:slow").Id;
        var lapsed = claimed.Single(i => i.IdempotencyKey == "teams:lapsed").Id;

        // The slow request's lease is renewed before it runs out; the other's only after it ran out (the worker stalled).
        Time.Advance(Lease / 2);
        await Store.RenewAsync([slow], Time.GetUtcNow(), Time.GetUtcNow() + Lease);
        Time.Advance(Lease / 2);
        await Store.RenewAsync([lapsed], Time.GetUtcNow(), Time.GetUtcNow() + Lease);
        var meanwhile = await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease);
        Time.Advance(Lease);
        var after = await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease);

        Assert.Equal(["teams:lapsed"], meanwhile.Select(i => i.IdempotencyKey));
        Assert.Equal(["teams:slow", "teams:lapsed"], after.Select(i => i.IdempotencyKey));
        Assert.Equal(lapsed, meanwhile[0].Id);
    }

    [Fact]
    public async Task ManyWritersAtOnce_EveryRequestIsKeptAndCompletedOnce()
    {
        // Writers of one process meet at the store's write transaction: enqueues, claims and completions interleave.
        var handed = new System.Collections.Concurrent.ConcurrentBag<long>();
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await Store.EnqueueAsync([Request($"teams:{w}-{i}-a"), Request($"teams:{w}-{i}-b")]);
                var claimed = await Store.ClaimAsync(Time.GetUtcNow(), 3, Lease);
                await Store.CompleteAsync([.. claimed.Select(c => c.Id)]);
                foreach (var item in claimed)
                {
                    handed.Add(item.Id);
                }
            }
        }));
        await Task.WhenAll(writers);
        var rest = await Store.ClaimAsync(Time.GetUtcNow(), 1000, Lease);
        await Store.CompleteAsync([.. rest.Select(c => c.Id)]);
        var all = handed.Concat(rest.Select(c => c.Id)).ToArray();

        Assert.Equal(160, all.Length);
        Assert.Equal(160, all.Distinct().Count());
        Assert.Equal(0, await Store.PendingCountAsync());
        Assert.All(await Store.EnqueueAsync([Request("teams:0-0-a"), Request("teams:7-9-b")]), Assert.False);
    }

    [Fact]
    public async Task DeduplicateLater_RepeatsInOneBatch_InLaterBatches_AndOfAJobAlreadyDone_AreClaimedOnce()
    {
        // A store may keep these without checking their keys (SQLite's intake) and answer each as new; what counts is
        // that every key is claimed once, whichever path its first delivery took.
        await Store.EnqueueAsync([Later("slack:a"), Later("slack:a"), Later("slack:b")]);
        await Store.EnqueueAsync([Later("slack:b")]);
        Assert.Equal([true], await Store.EnqueueAsync([Request("slack:c")]));
        await Store.EnqueueAsync([Later("slack:c")]);

        Assert.Equal(3, await Store.PendingCountAsync());
        var claimed = await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease);
        Assert.Equal(["slack:a", "slack:b", "slack:c"], claimed.Select(j => j.IdempotencyKey).Order(StringComparer.Ordinal));
        await Store.CompleteAsync([.. claimed.Select(j => j.Id)]);

        // Slack's retry after the job was done (minutes later, or after a restart) runs nothing.
        await Store.EnqueueAsync([Later("slack:a"), Later("slack:c")]);
        Assert.Equal(0, await Store.PendingCountAsync());
        Assert.Empty(await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease));
        Assert.Empty(await Store.ListAsync(failedOnly: false));
    }

    [Fact]
    public async Task SlackMessageJob_KeptWithoutItsNullsOrDerivedMembers_AndOneKeptWithThemByAnEarlierBuild_ReadTheSame()
    {
        const string ts = "1700000000.000100";
        var work = new ConversationWork(
            new IncomingMessage(new ChannelIdentity(ChannelIdentity.Slack, "U1"), new ConversationRef(ChannelIdentity.Slack, "C1", ts), "draft customer-update INC-1")
            {
                DeliveryId = "slack:Ev1",
            },
            null,
            new ReplyAddress(ChannelIdentity.Slack, "C1", ts, null, "U1") { RequestMessageId = ts });
        var current = JobJson.Request(new RunRequestJob(work), string.Empty, null, "slack:Ev1", Time.GetUtcNow());
        var written = System.Text.Encoding.UTF8.GetString(current.PayloadUtf8.Span);
        Assert.DoesNotContain("null", written, StringComparison.Ordinal);

        // The thread key, the work's delivery key and the job's kind are made from what is written (and the row's kind).
        Assert.DoesNotContain("threadKey", written, StringComparison.Ordinal);
        Assert.DoesNotContain("deliveryKey", written, StringComparison.Ordinal);
        Assert.DoesNotContain("run-request", written, StringComparison.Ordinal);

        // As builds before this one wrote it: every null member and the derived ones written out.
        const string earlier = """
            {"work":{"message":{"from":{"channel":"slack","userId":"U1","email":null},"where":{"channel":"slack","conversationId":"C1","threadId":"1700000000.000100","threadKey":"slack/C1/1700000000.000100"},"text":"draft customer-update INC-1","thread":[],"attachments":[],"deliveryId":"slack:Ev2"},"action":null,"reply":{"channel":"slack","conversationId":"C1","threadId":"1700000000.000100","messageId":null,"actor":"U1","requestMessageId":"1700000000.000100","endpoint":null,"tenant":null},"deliveryKey":"slack:Ev2"},"kind":"run-request","payloadVersion":1}
            """;
        await Store.EnqueueAsync([current, new JobRequest(JobKinds.RunRequest, string.Empty, null, "slack:Ev2", earlier, Time.GetUtcNow())]);

        var claimed = await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease);
        Assert.Equal(2, claimed.Count);
        foreach (var job in claimed)
        {
            var read = Assert.IsType<RunRequestJob>(JobJson.Read(job)).Work;
            var message = read.Message!;
            Assert.Null(read.Action);
            Assert.Equal((new ChannelIdentity(ChannelIdentity.Slack, "U1"), (string?)null), (message.From, message.From.Email));
            Assert.Equal((work.Message!.Where, work.Message.Text, work.Message.Command), (message.Where, message.Text, message.Command));
            Assert.Equal(("slack/C1/1700000000.000100", job.IdempotencyKey), (message.Where.ThreadKey, read.DeliveryKey));
            Assert.Equal((0, 0), (message.Thread.Count, message.Attachments.Count));
            Assert.Equal(job.IdempotencyKey, message.DeliveryId);
            Assert.Equal(work.Reply, read.Reply);
        }
    }

    private JobRequest Later(string key) => Request(key) with { DeduplicateLater = true };

    private JobRequest Request(string key) => new(JobKinds.RunRequest, string.Empty, null, key, $"{{\"key\":\"{key}\"}}", Time.GetUtcNow());
}
