using System.Globalization;
using ChatOps.Core.Drafting;

namespace ChatOps.Ledger.Sql;

/// <summary>
/// The drafting-budget facet: one row per workflow and UTC day, shared by every instance on the database. A draft
/// takes its place with one conditional upsert, so two instances racing for the last place cannot both get it.
/// Money is kept in billionths as a whole number, exact in both databases.
/// </summary>
public abstract partial class SqlLedgerStore : IDraftingBudget
{
    private const decimal NanosPerUnit = 1_000_000_000m;

    /// <summary>The reservation's upsert, in the parameter style both databases' providers take (SQLite's own calls bind @names too).</summary>
    protected const string ReserveSql = """
        INSERT INTO drafting_budget (workflow, day, drafts, cost_nanos) VALUES (@workflow, @day, 1, 0)
        ON CONFLICT (workflow, day) DO UPDATE SET drafts = drafting_budget.drafts + 1
        WHERE drafting_budget.drafts < @maxDrafts AND drafting_budget.cost_nanos < @maxNanos
        RETURNING drafts, cost_nanos
        """;

    public async Task<(bool Reserved, BudgetUsage Usage)> TryReserveAsync(string workflow, DateOnly day, DailyLimit limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var maxDrafts = limit.Drafts ?? long.MaxValue;
        var maxNanos = limit.Cost is { } cost ? ToNanos(cost) : long.MaxValue;
        if (maxDrafts > 0 && maxNanos > 0 && await ReserveAsync(workflow, Day(day), maxDrafts, maxNanos, cancellationToken) is { } reserved)
        {
            return (true, new BudgetUsage(reserved.Drafts, FromNanos(reserved.CostNanos)));
        }

        return (false, await UsageAsync(workflow, day, cancellationToken));
    }

    /// <summary>
    /// Takes one place in the day's allowance with one conditional upsert: the day's drafts and spend after it, or
    /// null when the limit was already reached. A budget is a cap, not a record: a place lost to a power cut only lets
    /// one more draft through, so the cheaper commit of the job queue's bookkeeping is enough.
    /// </summary>
    protected virtual async Task<(long Drafts, long CostNanos)?> ReserveAsync(string workflow, string day, long maxDrafts, long maxNanos, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginBookkeepingAsync(connection, cancellationToken);
        await using var command = connection.Command(transaction, ReserveSql, ("@workflow", workflow), ("@day", day), ("@maxDrafts", maxDrafts), ("@maxNanos", maxNanos));
        (long, long)? reserved = null;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                reserved = (reader.GetInt64(0), reader.GetInt64(1));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return reserved;
    }

    public async Task SettleAsync(string workflow, DateOnly day, decimal cost, bool releaseDraft, CancellationToken cancellationToken = default)
    {
        if (cost == 0 && !releaseDraft)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginBookkeepingAsync(connection, cancellationToken);
        await connection.ExecuteAsync(transaction, """
            UPDATE drafting_budget SET cost_nanos = cost_nanos + @nanos, drafts = drafts - @release
            WHERE workflow = @workflow AND day = @day
            """, cancellationToken, ("@nanos", ToNanos(cost)), ("@release", releaseDraft ? 1L : 0L), ("@workflow", workflow), ("@day", Day(day)));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<BudgetUsage> UsageAsync(string workflow, DateOnly day, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT drafts, cost_nanos FROM drafting_budget WHERE workflow = @workflow AND day = @day",
            ("@workflow", workflow), ("@day", Day(day)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new BudgetUsage(reader.GetInt64(0), FromNanos(reader.GetInt64(1))) : BudgetUsage.None;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Rounded up, so a cap is never passed by rounding.
    private static long ToNanos(decimal amount) => (long)Math.Ceiling(amount * NanosPerUnit);

    private static decimal FromNanos(long nanos) => nanos / NanosPerUnit;
}
