using ChatOps.Core.Ledger;

namespace ChatOps.Ledger.Tests.Contracts;

/// <summary>What every ledger store must do: append in one chain, once per key, query, redact and keep verifying.</summary>
public abstract class LedgerStoreContractTests(IStoreFactory stores) : StoreTestBase(stores)
{
    [Fact]
    public async Task AppendAsync_FirstRecord_LinksToGenesisAndMovesTheHead()
    {
        var record = (await Store.AppendAsync(LedgerAppend.Of(Entry()))).Records.Single();

        Assert.Equal(1, record.Sequence);
        Assert.Equal(LedgerHashes.Genesis, record.PreviousHash);
        Assert.Equal(new LedgerHead(1, record.Hash), await Store.HeadAsync());
    }

    [Fact]
    public async Task AppendAsync_ManyRecords_FormOneChainThatVerifies()
    {
        var written = await AppendManyAsync(20);

        var read = await ReadAllAsync();
        var result = await ChainVerifier.VerifyAsync(Store);

        Assert.Equal(written, read);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), read.Select(r => r.Sequence));
        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(20, result.RecordsChecked);
    }

    [Fact]
    public async Task AppendAsync_SameIdempotencyKeyTwice_RecordsItOnce()
    {
        var first = await Store.AppendAsync(LedgerAppend.Of(Entry(key: "decision:slack-action-1")));

        var second = await Store.AppendAsync(LedgerAppend.Of(Entry(key: "decision:slack-action-1", text: "retried delivery")));

        Assert.Equal(AppendStatus.Duplicate, second.Status);
        Assert.Equal(first.Records, second.Records);
        Assert.Single(await ReadAllAsync());
    }

    [Fact]
    public async Task AppendAsync_DraftMovedOnSinceRead_ConflictsAndWritesNothing()
    {
        await Store.AppendAsync(LedgerAppend.Of(Entry(draft: "d9")));
        await Store.AppendAsync(LedgerAppend.Of(Entry(draft: "d9", text: "v2")));

        var stale = await Store.AppendAsync(new LedgerAppend([Entry(draft: "d9", text: "decision")], [], "d9", ExpectedDraftSequence: 1));
        var current = await Store.AppendAsync(new LedgerAppend([Entry(draft: "d9", text: "decision")], [], "d9", ExpectedDraftSequence: 2));

        Assert.Equal(AppendStatus.Conflict, stale.Status);
        Assert.Equal(AppendStatus.Appended, current.Status);
        Assert.Equal(3, (await ReadAllAsync()).Count);
    }

    // A deferred append is written by SQLite's prepared append writer, a synced one by the shared SQL: each answers
    // every condition the same way, and both write one chain.
    [Theory]
    [InlineData(LedgerDurability.Deferred)]
    [InlineData(LedgerDurability.Synced)]
    public async Task AppendAsync_EachDurability_AnswersKeysConditionsAndGuardsTheSameWay(LedgerDurability durability)
    {
        LedgerAppend Of(LedgerAppend append) => append with { Durability = durability };
        var paused = Entry(LedgerRecordKinds.WorkflowSwitched, draft: null, workflow: "incident-internal", text: "paused");
        var guard = new AppendGuard(LedgerRecordKinds.WorkflowSwitched, "incident-internal", r => r.Payload!.Contains("paused", StringComparison.Ordinal));

        var created = await Store.AppendAsync(Of(new LedgerAppend([Entry(draft: "d7", key: "draft:d7"), Entry(LedgerRecordKinds.ModelCall, draft: "d7", text: "call 1")], [], "d7", ExpectedDraftSequence: 0) { Guard = guard }));
        var again = await Store.AppendAsync(Of(new LedgerAppend([Entry(draft: "d7", key: "draft:d7", text: "redelivered")], [], "d7", ExpectedDraftSequence: 0)));
        var twoKeys = await Store.AppendAsync(Of(new LedgerAppend([Entry(draft: "d8", key: "new"), Entry(draft: "d8", key: "draft:d7")], [])));
        var stale = await Store.AppendAsync(Of(new LedgerAppend([Entry(draft: "d7", text: "check")], [], "d7", ExpectedDraftSequence: 1)));
        var current = await Store.AppendAsync(Of(new LedgerAppend([Entry(draft: "d7", text: "check")], [], "d7", ExpectedDraftSequence: 2)));
        await Store.AppendAsync(Of(LedgerAppend.Of(paused)));
        var refused = await Store.AppendAsync(Of(new LedgerAppend([Entry(draft: "d9")], [], "d9", ExpectedDraftSequence: 0) { Guard = guard }));
        var unguarded = await Store.AppendAsync(Of(new LedgerAppend([Entry(draft: "d9")], [], "d9", ExpectedDraftSequence: 0)));

        Assert.Equal(AppendStatus.Appended, created.Status);
        Assert.Equal([1L, 2L], created.Records.Select(r => r.Sequence));
        Assert.Equal((AppendStatus.Duplicate, created.Records[0]), (again.Status, again.Records.Single()));
        Assert.Equal((AppendStatus.Duplicate, created.Records[0]), (twoKeys.Status, twoKeys.Records.Single()));
        Assert.Equal((AppendStatus.Conflict, 0), (stale.Status, stale.Records.Count));
        Assert.Equal((AppendStatus.Appended, 3L), (current.Status, current.Records.Single().Sequence));
        Assert.Equal(AppendStatus.Refused, refused.Status);
        Assert.Equal(4, refused.Records.Single().Sequence);
        Assert.Equal((AppendStatus.Appended, 5L), (unguarded.Status, unguarded.Records.Single().Sequence));
        var read = await ReadAllAsync();
        Assert.Equal([.. created.Records, .. current.Records], read.Take(3));
        Assert.Equal(new LedgerHead(5, read[^1].Hash), await Store.HeadAsync());
        var verified = await ChainVerifier.VerifyAsync(Store);
        Assert.True(verified.IsValid, verified.Problem?.Message);
    }

    [Fact]
    public async Task AppendAsync_DeferredAndSyncedWritersAtOnce_KeepOneValidChain()
    {
        var writers = Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 15; i++)
            {
                var durability = (w + i) % 2 == 0 ? LedgerDurability.Deferred : LedgerDurability.Synced;
                await Store.AppendAsync(new LedgerAppend([Entry(draft: $"w{w}-{i}", text: $"{w}-{i}"), Entry(LedgerRecordKinds.ModelCall, draft: $"w{w}-{i}")], [], $"w{w}-{i}", ExpectedDraftSequence: 0) { Durability = durability });
            }
        }));

        await Task.WhenAll(writers);

        var result = await ChainVerifier.VerifyAsync(Store);
        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(180, result.RecordsChecked);
        Assert.Equal(180, (await Store.HeadAsync()).Sequence);
    }

    [Fact]
    public async Task AppendAsync_ConcurrentWriters_KeepOneValidChain()
    {
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 15; i++)
            {
                await Store.AppendAsync(LedgerAppend.Of(Entry(draft: $"w{w}", text: $"{w}-{i}")));
            }
        }));

        await Task.WhenAll(writers);

        var result = await ChainVerifier.VerifyAsync(Store);
        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(120, result.RecordsChecked);
    }

    [Fact]
    public async Task QueryAsync_ByThreadTicketDraftAndKind_ReturnsOnlyMatchesInOrder()
    {
        await Store.AppendAsync(LedgerAppend.Of(Entry(draft: "a", thread: "slack/C1/1.1", ticket: "SUP-1")));
        await Store.AppendAsync(LedgerAppend.Of(Entry(LedgerRecordKinds.Decision, draft: "a", thread: "slack/C1/1.1", ticket: "SUP-1")));
        await Store.AppendAsync(LedgerAppend.Of(Entry(draft: "b", thread: "teams/19:x/2", ticket: "SUP-2")));

        Assert.Equal([1L, 2L], (await Store.QueryAsync(new LedgerQuery(Thread: "slack/C1/1.1"))).Select(r => r.Sequence));
        Assert.Equal([3L], (await Store.QueryAsync(new LedgerQuery(Ticket: "SUP-2"))).Select(r => r.Sequence));
        Assert.Equal([2L], (await Store.QueryAsync(new LedgerQuery(DraftId: "a", Kind: LedgerRecordKinds.Decision))).Select(r => r.Sequence));
        Assert.Empty(await Store.QueryAsync(new LedgerQuery(DraftId: "zzz")));
    }

    [Fact]
    public async Task RedactAsync_PastRetention_RemovesContentKeepsHashesAndChainVerifies()
    {
        await AppendManyAsync(3, workflow: "support-reply");
        await AppendManyAsync(2, workflow: "postmortem");
        Time.Advance(TimeSpan.FromDays(10));
        await AppendManyAsync(1, workflow: "support-reply");

        var redacted = await Store.RedactAsync("support-reply", Time.GetUtcNow() - TimeSpan.FromDays(5));

        var records = await ReadAllAsync();
        var result = await ChainVerifier.VerifyAsync(Store);
        Assert.Equal(3, redacted);
        Assert.Equal([true, true, true, false, false, false], records.Select(r => r.IsRedacted));
        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(3, result.Redacted);
    }

    [Fact]
    public async Task RetentionSweeper_ShippedPolicy_RedactsEachWorkflowAfterItsOwnPeriod()
    {
        await AppendManyAsync(2, workflow: "support-reply");
        await AppendManyAsync(2, workflow: "pricing-change");
        Time.Advance(TimeSpan.FromDays(366));
        var sweeper = new RetentionSweeper(Store, ChatOps.Policy.Yaml.PolicyYamlLoader.LoadDefault(), Time);

        var redacted = await sweeper.SweepAsync();

        var result = await ChainVerifier.VerifyAsync(Store);
        Assert.Equal(2, redacted);
        var records = await ReadAllAsync();
        Assert.Equal([true, true, false, false], records.Take(4).Select(r => r.IsRedacted));
        Assert.Equal(LedgerRecordKinds.RetentionRun, records[^1].Kind);
        Assert.True(result.IsValid, result.Problem?.Message);
    }

    [Fact]
    public async Task VerifyAsync_EmptyLedger_IsValid()
    {
        var result = await ChainVerifier.VerifyAsync(Store);

        Assert.True(result.IsValid);
        Assert.Equal(0, result.RecordsChecked);
    }
}
