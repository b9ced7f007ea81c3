using System.Data.Common;
using System.Globalization;
using System.Text;
using ChatOps.Core.Stats;

namespace ChatOps.Ledger.Sql;

/// <summary>
/// The scorecard's figures, kept on append so that any read sums a few thousand rows whatever the range.
/// <c>ledger_figures</c> holds every figure at three grains (a day, an ISO week named by its Monday, all time) for its
/// workflow and again for all workflows together (scope <c>*</c>). <c>ledger_figures_before</c> holds, for each week
/// with activity, everything before its Monday per workflow: a total since any day is then all time, less the snapshot
/// of that day's week, less the few days between its Monday and that day. <c>ledger_snapshot_weeks</c> lists the
/// weeks snapshotted (a snapshot of an empty ledger has no rows).
/// </summary>
public abstract partial class SqlLedgerStore
{
    /// <summary>The scope of figures summed over all workflows (no workflow name has this form).</summary>
    internal const string AllWorkflows = "*";

    internal const string DayGrain = "day";
    internal const string WeekGrain = "week";
    internal const string AllTimeGrain = "all";

    // Seven values a row; both databases take thousands of parameters a statement, and one statement is one round trip.
    private const int UpsertRowsPerStatement = 400;

    /// <summary>
    /// Adds one append's (or one catch-up batch's) increments, week by week in order: the first figure of a week later
    /// than the newest snapshot takes the snapshot of that week before it is added; a figure dated before the newest
    /// snapshot (a model call itemising an earlier draft, or records folded late) is added to the snapshots after it too.
    /// </summary>
    private static async Task AddFiguresAsync(DbConnection connection, DbTransaction transaction, List<StatIncrement> increments, CancellationToken cancellationToken)
    {
        if (increments.Count == 0)
        {
            return;
        }

        var latest = await LatestSnapshotAsync(connection, transaction, cancellationToken);
        foreach (var week in increments.GroupBy(i => WeekOf(i.Day), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (latest is null || string.CompareOrdinal(week.Key, latest) > 0)
            {
                await SnapshotAsync(connection, transaction, week.Key, cancellationToken);
                latest = week.Key;
            }

            var rows = new Dictionary<(string Grain, string Scope, string Period, string Metric, string Dim), (long Count, double Total)>();
            void Add(string grain, string scope, string period, StatIncrement i)
            {
                var key = (grain, scope, period, i.Metric, i.Dimension);
                var sum = rows.GetValueOrDefault(key);
                rows[key] = (sum.Count + i.Count, sum.Total + i.Total);
            }

            foreach (var i in week)
            {
                foreach (var scope in new[] { i.Workflow, AllWorkflows })
                {
                    Add(DayGrain, scope, i.Day, i);
                    Add(WeekGrain, scope, week.Key, i);
                    Add(AllTimeGrain, scope, string.Empty, i);
                }
            }

            await UpsertFiguresAsync(connection, transaction, rows, cancellationToken);
            foreach (var late in week.Where(i => string.CompareOrdinal(i.Day, latest) < 0))
            {
                await AddToLaterSnapshotsAsync(connection, transaction, late, cancellationToken);
            }
        }
    }

    private static async Task UpsertFiguresAsync(
        DbConnection connection, DbTransaction transaction, Dictionary<(string Grain, string Scope, string Period, string Metric, string Dim), (long Count, double Total)> rows, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(UpsertRowsPerStatement))
        {
            var sql = new StringBuilder("INSERT INTO ledger_figures (grain, scope, period, metric, dim, n, total) VALUES ");
            var parameters = new List<(string, object?)>(chunk.Length * 7);
            for (var r = 0; r < chunk.Length; r++)
            {
                var ((grain, scope, period, metric, dim), (count, total)) = chunk[r];
                sql.Append(r == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"(@g{r}, @s{r}, @p{r}, @m{r}, @d{r}, @n{r}, @t{r})");
                parameters.AddRange([($"@g{r}", grain), ($"@s{r}", scope), ($"@p{r}", period), ($"@m{r}", metric), ($"@d{r}", dim), ($"@n{r}", count), ($"@t{r}", total)]);
            }

            sql.Append(" ON CONFLICT (grain, scope, period, metric, dim) DO UPDATE SET n = ledger_figures.n + excluded.n, total = ledger_figures.total + excluded.total");
            await connection.ExecuteAsync(transaction, sql.ToString(), cancellationToken, [.. parameters]);
        }
    }

    private static async Task<string?> LatestSnapshotAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, "SELECT MAX(week) FROM ledger_snapshot_weeks");
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Everything before <paramref name="week"/>'s Monday: all time, less any figures dated on or after it (a clock ahead).</summary>
    private static async Task SnapshotAsync(DbConnection connection, DbTransaction transaction, string week, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(transaction, """
            INSERT INTO ledger_snapshot_weeks (week) VALUES (@week);
            INSERT INTO ledger_figures_before (week, scope, metric, dim, n, total)
            SELECT @week, scope, metric, dim, n, total FROM ledger_figures WHERE grain = @all
            """, cancellationToken, ("@week", week), ("@all", AllTimeGrain));
        await using var later = connection.Command(transaction, "SELECT 1 FROM ledger_figures WHERE grain = @day AND scope = @scope AND period >= @week LIMIT 1",
            ("@day", DayGrain), ("@scope", AllWorkflows), ("@week", week));
        if (await later.ExecuteScalarAsync(cancellationToken) is not null)
        {
            await connection.ExecuteAsync(transaction, """
                INSERT INTO ledger_figures_before (week, scope, metric, dim, n, total)
                SELECT @week, scope, metric, dim, -SUM(n), -SUM(total) FROM ledger_figures WHERE grain = @day AND period >= @week GROUP BY scope, metric, dim
                ON CONFLICT (week, scope, metric, dim) DO UPDATE SET n = ledger_figures_before.n + excluded.n, total = ledger_figures_before.total + excluded.total
                """, cancellationToken, ("@week", week), ("@day", DayGrain));
        }
    }

    private static async Task AddToLaterSnapshotsAsync(DbConnection connection, DbTransaction transaction, StatIncrement late, CancellationToken cancellationToken)
    {
        foreach (var scope in new[] { late.Workflow, AllWorkflows })
        {
            await connection.ExecuteAsync(transaction, """
                INSERT INTO ledger_figures_before (week, scope, metric, dim, n, total)
                SELECT week, @scope, @metric, @dim, @n, @total FROM ledger_snapshot_weeks WHERE week > @day
                ON CONFLICT (week, scope, metric, dim) DO UPDATE SET n = ledger_figures_before.n + excluded.n, total = ledger_figures_before.total + excluded.total
                """, cancellationToken, ("@scope", scope), ("@metric", late.Metric), ("@dim", late.Dimension), ("@n", late.Count), ("@total", late.Total), ("@day", late.Day));
        }
    }
}
