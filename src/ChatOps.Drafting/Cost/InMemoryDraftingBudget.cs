using ChatOps.Core.Drafting;

namespace ChatOps.Drafting.Cost;

/// <summary>Daily budgets kept in this process: the CLI's, where one run is one process; the host keeps them in the ledger's database.</summary>
internal sealed class InMemoryDraftingBudget : IDraftingBudget
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string Workflow, DateOnly Day), BudgetUsage> used = [];

    public Task<(bool Reserved, BudgetUsage Usage)> TryReserveAsync(string workflow, DateOnly day, DailyLimit limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limit);
        lock (gate)
        {
            var usage = used.GetValueOrDefault((workflow, day), BudgetUsage.None);
            if (!DailyBudgets.HasRoom(usage, limit))
            {
                return Task.FromResult((false, usage));
            }

            usage = usage with { Drafts = usage.Drafts + 1 };
            used[(workflow, day)] = usage;
            return Task.FromResult((true, usage));
        }
    }

    public Task SettleAsync(string workflow, DateOnly day, decimal cost, bool releaseDraft, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var usage = used.GetValueOrDefault((workflow, day), BudgetUsage.None);
            used[(workflow, day)] = new BudgetUsage(usage.Drafts - (releaseDraft ? 1 : 0), usage.Cost + cost);
        }

        return Task.CompletedTask;
    }

    public Task<BudgetUsage> UsageAsync(string workflow, DateOnly day, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(used.GetValueOrDefault((workflow, day), BudgetUsage.None));
        }
    }
}
