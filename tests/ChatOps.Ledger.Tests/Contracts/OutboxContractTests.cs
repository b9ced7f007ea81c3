using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;

namespace ChatOps.Ledger.Tests.Contracts;

/// <summary>What every outbox must do: hand a due job to one worker at a time and finish it exactly once.</summary>
public abstract class OutboxContractTests(IStoreFactory stores) : StoreTestBase(stores)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task ClaimAsync_JobNotYetDue_IsNotHandedOut()
    {
        await EnqueueAsync("wb:1", Time.GetUtcNow().AddMinutes(5));

        var now = await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease);
        Time.Advance(TimeSpan.FromMinutes(5));
        var later = await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease);

        Assert.Empty(now);
        Assert.Equal("wb:1", Assert.Single(later).IdempotencyKey);
    }

    [Fact]
    public async Task ClaimAsync_WhileLeased_IsNotHandedOutAgainUntilTheLeaseEnds()
    {
        await EnqueueAsync("wb:1", Time.GetUtcNow());

        var first = await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease);
        var during = await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease);
        Time.Advance(Lease);
        var after = await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease);

        Assert.Single(first);
        Assert.Empty(during);
        Assert.Equal(2, Assert.Single(after).Attempts);
    }

    [Fact]
    public async Task ClaimAsync_ManyWorkersAtOnce_HandEachJobToOneWorker()
    {
        for (var i = 0; i < 40; i++)
        {
            await EnqueueAsync($"wb:{i}", Time.GetUtcNow());
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Store.ClaimAsync(Time.GetUtcNow(), 10, Lease))));

        var ids = claims.SelectMany(c => c).Select(j => j.Id).ToArray();
        Assert.Equal(40, ids.Length);
        Assert.Equal(40, ids.Distinct().Count());
    }

    [Fact]
    public async Task CompleteAsync_Twice_FinishesOnceAndRecordsTheOutcomeOnce()
    {
        await EnqueueAsync("wb:1", Time.GetUtcNow());
        var job = (await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease)).Single();
        var outcome = new LedgerEntry(LedgerRecordKinds.WriteBack, "customer-update", "d1", null, "SUP-1", "wb-done:wb:1", new JsonObject { ["outcome"] = "posted" });

        var first = await Store.CompleteAsync(job.Id, outcome);
        var second = await Store.CompleteAsync(job.Id, outcome);

        Assert.True(first);
        Assert.False(second);
        Assert.Single(await Store.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.WriteBack)));
        Assert.Equal(0, await Store.PendingCountAsync());
    }

    [Fact]
    public async Task RetryAsync_PutsTheJobBackForLater()
    {
        await EnqueueAsync("wb:1", Time.GetUtcNow());
        var job = (await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease)).Single();

        await Store.RetryAsync(job.Id, Time.GetUtcNow().AddSeconds(30), "HTTP 503");
        var tooSoon = await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease);
        Time.Advance(TimeSpan.FromSeconds(30));
        var due = await Store.ClaimAsync(Time.GetUtcNow(), 10, Lease);

        Assert.Empty(tooSoon);
        Assert.Single(due);
        Assert.Equal(1, await Store.PendingCountAsync());
    }

    [Fact]
    public async Task AppendAsync_SameJobKeyTwice_EnqueuesOneJob()
    {
        await EnqueueAsync("wb:1", Time.GetUtcNow());
        await EnqueueAsync("wb:1", Time.GetUtcNow(), entryKey: "other-entry");

        Assert.Equal(1, await Store.PendingCountAsync());
    }

    private Task<AppendResult> EnqueueAsync(string key, DateTimeOffset due, string? entryKey = null) =>
        Store.AppendAsync(new LedgerAppend(
            [Entry(LedgerRecordKinds.Decision, key: entryKey ?? $"entry:{key}")],
            [new JobRequest(JobKinds.WriteBack, "customer-update", "d1", key, "{}", due)]));
}
