using System.Globalization;
using ChatOps.Core.Drafting;
using Microsoft.Extensions.Options;

namespace ChatOps.Drafting.Cost;

/// <summary>Per-workflow spend per UTC day; refuses new drafts once a workflow's budget for the day is spent.</summary>
internal sealed class DailyBudget(IOptions<DraftingOptions> options, TimeProvider timeProvider)
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string Workflow, DateOnly Day), decimal> spent = [];

    public void EnsureAvailable(string workflow)
    {
        if (!options.Value.DailyBudgets.TryGetValue(workflow, out var budget))
        {
            return;
        }

        var day = Today();
        var used = SpentOn(workflow, day);
        if (used >= budget)
        {
            throw new DraftingException(DraftingErrorKind.BudgetExhausted, string.Create(CultureInfo.InvariantCulture,
                $"The daily drafting budget of {budget} for workflow '{workflow}' is spent ({used} used on {day:yyyy-MM-dd} UTC); new drafts resume at 00:00 UTC or when the budget is raised."));
        }
    }

    public void Record(string workflow, decimal cost)
    {
        var key = (workflow, Today());
        lock (gate)
        {
            spent[key] = spent.GetValueOrDefault(key) + cost;
        }
    }

    public decimal SpentToday(string workflow) => SpentOn(workflow, Today());

    private decimal SpentOn(string workflow, DateOnly day)
    {
        lock (gate)
        {
            return spent.GetValueOrDefault((workflow, day));
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
}
