using System.Globalization;
using ChatOps.Core.Drafting;

namespace ChatOps.Drafting.Cost;

/// <summary>A workflow's daily limit from the settings, whether usage leaves room under it, and the refusal that says so.</summary>
internal static class DailyBudgets
{
    public static DailyLimit LimitFor(DraftingOptions options, string workflow) =>
        options.FindWorkflow(workflow) is { } w ? new DailyLimit(w.DraftsPerDay, w.CostPerDay) : new DailyLimit(null, null);

    public static bool HasRoom(BudgetUsage usage, DailyLimit limit) =>
        (limit.Drafts is not { } drafts || usage.Drafts < drafts) && (limit.Cost is not { } cost || usage.Cost < cost);

    public static DateOnly Day(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public static DraftingException Exhausted(string workflow, DateOnly day, DailyLimit limit, BudgetUsage usage)
    {
        var spent = limit.Drafts is { } drafts && usage.Drafts >= drafts
            ? string.Create(CultureInfo.InvariantCulture, $"{usage.Drafts} of {drafts} drafts")
            : string.Create(CultureInfo.InvariantCulture, $"{usage.Cost:0.####} of {limit.Cost:0.####} spent");
        return new DraftingException(DraftingErrorKind.BudgetExhausted, string.Create(CultureInfo.InvariantCulture,
            $"The daily drafting budget of {workflow} is used up ({spent} on {day:yyyy-MM-dd} UTC); nothing was sent to a model. " +
            $"New drafts resume at 00:00 UTC, or raise Drafting:Workflows:{workflow}:{(spent.EndsWith("drafts", StringComparison.Ordinal) ? "DraftsPerDay" : "CostPerDay")}."));
    }
}
