using System.Data.Common;
using System.Globalization;
using ChatOps.Core.Stats;

namespace ChatOps.Ledger.Sql;

/// <summary>
/// The scorecard's read port over the kept figures (<see cref="AddFiguresAsync"/>). Every read is a range of a primary
/// key: a series reads its periods of one scope; per-workflow totals read all time, one weekly snapshot and at most six
/// days, whatever the range, so a read at a million records sums a few thousand rows.
/// </summary>
public abstract partial class SqlLedgerStore
{
    public async Task<IReadOnlyList<StatRow>> ReadStatsAsync(StatsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenAsync(cancellationToken);
        await CatchUpBeforeReadAsync(connection, cancellationToken);
        var sums = new FigureSums();
        if (query.Grouping == StatsGrouping.ByPeriod)
        {
            await ReadSeriesAsync(connection, query, sums, cancellationToken);
        }
        else
        {
            await ReadWorkflowTotalsAsync(connection, query, sums, cancellationToken);
        }

        return sums.Rows(query.Grouping);
    }

    /// <summary>
    /// One scope's day or week rows from the first day on. A week series from a day that is not a Monday takes that
    /// week's days from the first day on, under the week's name, so the first period counts only the range.
    /// </summary>
    private static async Task ReadSeriesAsync(DbConnection connection, StatsQuery query, FigureSums sums, CancellationToken cancellationToken)
    {
        var scope = query.Workflow ?? AllWorkflows;
        var since = query.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (query.Bucket == StatsBucket.Day || since is null)
        {
            await ReadFiguresAsync(connection, query.Bucket == StatsBucket.Day ? DayGrain : WeekGrain, [scope], since, null, query.Metric, sums, 1, null, cancellationToken);
            return;
        }

        var week = WeekOf(since);
        if (week != since)
        {
            var next = DateOnly.ParseExact(week, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await ReadFiguresAsync(connection, DayGrain, [scope], since, next, query.Metric, sums, 1, week, cancellationToken);
            since = next;
        }

        await ReadFiguresAsync(connection, WeekGrain, [scope], since, null, query.Metric, sums, 1, null, cancellationToken);
    }

    /// <summary>Each workflow's figures from the first day on: all time, less everything before that day.</summary>
    private static async Task ReadWorkflowTotalsAsync(DbConnection connection, StatsQuery query, FigureSums sums, CancellationToken cancellationToken)
    {
        await ReadFiguresAsync(connection, AllTimeGrain, query.Workflow is { } only ? [only] : null, null, null, query.Metric, sums, 1, null, cancellationToken);
        if (query.Since is not { } sinceDay)
        {
            return;
        }

        var since = sinceDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var workflows = sums.Scopes();
        if (workflows.Length == 0)
        {
            return;
        }

        // The newest snapshot at or before the first day holds everything before its Monday; the days from that Monday
        // up to the first day are read as days. With no snapshot that early, every day before the first day is.
        await using var latest = connection.Command(null, "SELECT MAX(week) FROM ledger_snapshot_weeks WHERE week <= @since", ("@since", since));
        var snapshot = await latest.ExecuteScalarAsync(cancellationToken) as string;
        if (snapshot is not null)
        {
            await ReadSnapshotAsync(connection, snapshot, query, sums, cancellationToken);
        }

        await ReadFiguresAsync(connection, DayGrain, workflows, snapshot, since, query.Metric, sums, -1, string.Empty, cancellationToken);
    }

    /// <summary>Adds (sign 1) or takes away (sign -1) the rows of a grain for the scopes (null: every workflow), from one period up to (not including) another.</summary>
    private static async Task ReadFiguresAsync(
        DbConnection connection, string grain, IReadOnlyList<string>? scopes, string? from, string? until, string? metric, FigureSums sums, int sign, string? periodAs, CancellationToken cancellationToken)
    {
        var where = new List<string> { "grain = @grain" };
        var parameters = new List<(string, object?)> { ("@grain", grain) };
        if (scopes is null)
        {
            where.Add("scope <> @all");
            parameters.Add(("@all", AllWorkflows));
        }
        else
        {
            where.Add($"scope IN ({string.Join(", ", scopes.Select((_, i) => $"@s{i}"))})");
            parameters.AddRange(scopes.Select((s, i) => ($"@s{i}", (object?)s)));
        }

        if (from is not null)
        {
            where.Add("period >= @from");
            parameters.Add(("@from", from));
        }

        if (until is not null)
        {
            where.Add("period < @until");
            parameters.Add(("@until", until));
        }

        if (metric is not null)
        {
            where.Add("metric = @metric");
            parameters.Add(("@metric", metric));
        }

        await using var command = connection.Command(null, $"SELECT scope, period, metric, dim, n, total FROM ledger_figures WHERE {string.Join(" AND ", where)}", [.. parameters]);
        await sums.AddAsync(command, sign, periodAs, cancellationToken);
    }

    private static async Task ReadSnapshotAsync(DbConnection connection, string week, StatsQuery query, FigureSums sums, CancellationToken cancellationToken)
    {
        var sql = "SELECT scope, '', metric, dim, n, total FROM ledger_figures_before WHERE week = @week AND "
            + (query.Workflow is null ? "scope <> @scope" : "scope = @scope")
            + (query.Metric is null ? string.Empty : " AND metric = @metric");
        await using var command = connection.Command(null, sql, ("@week", week), ("@scope", query.Workflow ?? AllWorkflows), ("@metric", query.Metric));
        await sums.AddAsync(command, -1, null, cancellationToken);
    }

    /// <summary>Figures summed by scope, period, metric and dimension as the reads add and take them away.</summary>
    private sealed class FigureSums
    {
        private readonly Dictionary<(string Scope, string Period, string Metric, string Dim), (long Count, double Total)> sums = [];

        public async Task AddAsync(DbCommand command, int sign, string? periodAs, CancellationToken cancellationToken)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = (reader.GetString(0), periodAs ?? reader.GetString(1), reader.GetString(2), reader.GetString(3));
                var sum = sums.GetValueOrDefault(key);
                sums[key] = (sum.Count + (sign * Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture)),
                    sum.Total + (sign * Convert.ToDouble(reader.GetValue(5), CultureInfo.InvariantCulture)));
            }
        }

        public string[] Scopes() => sums.Keys.Select(k => k.Scope).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

        /// <summary>By period the rows carry an empty workflow; by workflow an empty period. Figures that cancel out are left out.</summary>
        public StatRow[] Rows(StatsGrouping grouping) => sums
            .Where(s => s.Value.Count != 0 || Math.Abs(s.Value.Total) > 1e-9)
            .Select(s => grouping == StatsGrouping.ByPeriod
                ? new StatRow(s.Key.Period, string.Empty, s.Key.Metric, s.Key.Dim, s.Value.Count, s.Value.Total)
                : new StatRow(string.Empty, s.Key.Scope, s.Key.Metric, s.Key.Dim, s.Value.Count, s.Value.Total))
            .ToArray();
    }
}
