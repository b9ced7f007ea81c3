using ChatOps.Core.Drafting;

namespace ChatOps.Ledger.Tests.Contracts;

/// <summary>What every drafting-budget store must do: count drafts and spend per workflow and UTC day, atomically across instances, durably.</summary>
public abstract class DraftingBudgetContractTests(IStoreFactory stores) : StoreTestBase(stores)
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    [Fact]
    public async Task TryReserveAsync_UpToTheDraftLimit_ThenRefusesWithTheUsage()
    {
        var limit = new DailyLimit(Drafts: 3, Cost: null);

        var results = new List<bool>();
        for (var i = 0; i < 5; i++)
        {
            results.Add((await Store.TryReserveAsync("customer-update", Day, limit)).Reserved);
        }

        var refused = await Store.TryReserveAsync("customer-update", Day, limit);
        Assert.Equal([true, true, true, false, false], results);
        Assert.False(refused.Reserved);
        Assert.Equal(new BudgetUsage(3, 0m), refused.Usage);
        Assert.True((await Store.TryReserveAsync("postmortem", Day, limit)).Reserved);
        Assert.True((await Store.TryReserveAsync("customer-update", Day.AddDays(1), limit)).Reserved);
    }

    [Fact]
    public async Task TryReserveAsync_TwoInstancesRacing_GrantExactlyTheLimit()
    {
        // Two stores on one database are two host instances; each tries 30 drafts at once against a limit of 10.
        var other = await Stores.CreateAsync(Time);
        var limit = new DailyLimit(Drafts: 10, Cost: null);

        var attempts = Enumerable.Range(0, 60).Select(i => Task.Run(() => (i % 2 == 0 ? Store : other).TryReserveAsync("incident-internal", Day, limit)));
        var results = await Task.WhenAll(attempts);

        Assert.Equal(10, results.Count(r => r.Reserved));
        Assert.Equal(new BudgetUsage(10, 0m), await other.UsageAsync("incident-internal", Day));
    }

    [Fact]
    public async Task SettleAsync_CostReachesTheLimit_NextDraftRefused_ExactToTheBillionth()
    {
        var limit = new DailyLimit(Drafts: null, Cost: 0.01m);

        Assert.True((await Store.TryReserveAsync("support-reply", Day, limit)).Reserved);
        await Store.SettleAsync("support-reply", Day, 0.004375m, releaseDraft: false);
        Assert.True((await Store.TryReserveAsync("support-reply", Day, limit)).Reserved);
        await Store.SettleAsync("support-reply", Day, 0.005625m, releaseDraft: false);
        var refused = await Store.TryReserveAsync("support-reply", Day, limit);

        Assert.False(refused.Reserved);
        Assert.Equal(new BudgetUsage(2, 0.01m), refused.Usage);
    }

    [Fact]
    public async Task SettleAsync_ReleasingADraft_GivesItsPlaceBackButKeepsTheCost()
    {
        var limit = new DailyLimit(Drafts: 1, Cost: null);

        Assert.True((await Store.TryReserveAsync("postmortem", Day, limit)).Reserved);
        await Store.SettleAsync("postmortem", Day, 0.002m, releaseDraft: true);

        Assert.Equal(new BudgetUsage(0, 0.002m), await Store.UsageAsync("postmortem", Day));
        Assert.True((await Store.TryReserveAsync("postmortem", Day, limit)).Reserved);
    }

    [Fact]
    public async Task UsageAsync_AfterReopening_IsStillThere()
    {
        await Store.TryReserveAsync("access-change", Day, new DailyLimit(5, 1m));
        await Store.SettleAsync("access-change", Day, 0.25m, releaseDraft: false);

        var reopened = await Stores.CreateAsync(Time);

        Assert.Equal(new BudgetUsage(1, 0.25m), await reopened.UsageAsync("access-change", Day));
        Assert.Equal(BudgetUsage.None, await reopened.UsageAsync("access-change", Day.AddDays(-1)));
    }

    [Fact]
    public async Task TryReserveAsync_ZeroLimit_RefusesWithoutARow()
    {
        var refused = await Store.TryReserveAsync("pricing-change", Day, new DailyLimit(Drafts: 0, Cost: null));

        Assert.False(refused.Reserved);
        Assert.Equal(BudgetUsage.None, refused.Usage);
    }
}
