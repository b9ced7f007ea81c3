namespace ChatOps.Core.Drafting;

/// <summary>
/// Per-workflow daily drafting budgets, shared by every instance that drafts (the ledger's database in the host):
/// a draft reserves its place before anything is sent, and settles its cost once its model calls are done.
/// </summary>
public interface IDraftingBudget
{
    /// <summary>Takes one draft of the day's allowance if the limit leaves room, atomically across instances; the usage either way.</summary>
    Task<(bool Reserved, BudgetUsage Usage)> TryReserveAsync(string workflow, DateOnly day, DailyLimit limit, CancellationToken cancellationToken = default);

    /// <summary>Adds what the draft cost; <paramref name="releaseDraft"/> gives its place back (no draft came of it and the request will run again).</summary>
    Task SettleAsync(string workflow, DateOnly day, decimal cost, bool releaseDraft, CancellationToken cancellationToken = default);

    /// <summary>What the workflow has used on <paramref name="day"/>.</summary>
    Task<BudgetUsage> UsageAsync(string workflow, DateOnly day, CancellationToken cancellationToken = default);
}
