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
