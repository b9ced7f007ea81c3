using System.Data.Common;
using System.Globalization;
using ChatOps.Core.Ledger;
using ChatOps.Core.Stats;

namespace ChatOps.Ledger.Sql;

/// <summary>
/// The tables kept beside the chain on every append, in its transaction: the scorecard's figures per day, workflow,
/// metric and dimension (<c>ledger_stats</c>), and who acted in each record (<c>ledger_actors</c>). A ledger written
/// before they existed is folded in once, in batches, when the store starts.
/// </summary>
public abstract partial class SqlLedgerStore
{
    private const int CatchUpBatch = 5_000;

    /// <summary>Folds records the projections have not seen yet, in batches, until they reach the head.</summary>
    public async Task CatchUpProjectionsAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = await BeginWriteAsync(connection, cancellationToken);
            var head = await ReadHeadAsync(connection, transaction, dialect.HeadForUpdate, cancellationToken);
            var seen = await ProjectedSequenceAsync(connection, transaction, cancellationToken);
            if (seen >= head.Sequence)
            {
                return;
            }

            var upTo = Math.Min(head.Sequence, seen + CatchUpBatch);
            await ProjectStoredAsync(connection, transaction, seen, upTo, cancellationToken);
            await SetProjectedSequenceAsync(connection, transaction, upTo, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<StatRow>> ReadStatsAsync(StatsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var period = query.Bucket == StatsBucket.Week ? "week" : "day";
        var where = new List<string>();
        var parameters = new List<(string, object?)>();
        if (query.Since is { } since)
        {
            where.Add("day >= @since");
            parameters.Add(("@since", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (query.Workflow is { } workflow)
        {
            where.Add("workflow = @workflow");
            parameters.Add(("@workflow", workflow));
        }

        if (query.Metric is { } metric)
        {
            where.Add("metric = @metric");
            parameters.Add(("@metric", metric));
        }

        // Summed in the database by what the scorecard shows, so the rows read are periods or workflows, never days × workflows.
        var (select, group) = query.Grouping == StatsGrouping.ByPeriod ? ($"{period}, ''", period) : ("'', workflow", "workflow");
        var sql = $"SELECT {select}, metric, dim, SUM(n), SUM(total) FROM ledger_stats"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : string.Empty)
            + $" GROUP BY {group}, metric, dim";
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, sql, [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<StatRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new StatRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture), Convert.ToDouble(reader.GetValue(5), CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    /// <summary>Folds the records of one append, after catching up on any the projections missed (a writer of an older version).</summary>
    private static async Task ProjectAppendAsync(DbConnection connection, DbTransaction transaction, long previousHead, IReadOnlyList<LedgerRecord> records, CancellationToken cancellationToken)
    {
        var seen = await ProjectedSequenceAsync(connection, transaction, cancellationToken);
        if (seen < previousHead)
        {
            await ProjectStoredAsync(connection, transaction, seen, previousHead, cancellationToken);
        }

        await ProjectAsync(connection, transaction, records, cancellationToken);
        await SetProjectedSequenceAsync(connection, transaction, records[^1].Sequence, cancellationToken);
    }

    private static async Task ProjectStoredAsync(DbConnection connection, DbTransaction transaction, long after, long upTo, CancellationToken cancellationToken)
    {
        var records = await ReadRecordsAsync(connection, transaction, $"SELECT {SqlLedgerSchema.Columns} FROM ledger_records WHERE seq > @after AND seq <= @upto ORDER BY seq",
            cancellationToken, ("@after", after), ("@upto", upTo));
        if (records.Count > 0)
        {
            await ProjectAsync(connection, transaction, records, cancellationToken);
        }
    }

    private static async Task ProjectAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<LedgerRecord> records, CancellationToken cancellationToken)
    {
        var lookup = new TransactionLookup(connection, transaction);
        var sums = new Dictionary<(string Day, string Workflow, string Metric, string Dimension), (long Count, double Total)>();
        foreach (var record in records)
        {
            foreach (var add in await StatsFold.FoldAsync(record, lookup, cancellationToken))
            {
                var key = (add.Day, add.Workflow, add.Metric, add.Dimension);
                var sum = sums.GetValueOrDefault(key);
                sums[key] = (sum.Count + add.Count, sum.Total + add.Total);
            }

            foreach (var actor in LedgerActors.Of(record))
            {
                await connection.ExecuteAsync(transaction, "INSERT INTO ledger_actors (actor, seq) VALUES (@actor, @seq) ON CONFLICT (actor, seq) DO NOTHING",
                    cancellationToken, ("@actor", actor), ("@seq", record.Sequence));
            }
        }

        foreach (var ((day, workflow, metric, dimension), (count, total)) in sums)
        {
            await connection.ExecuteAsync(transaction, """
                INSERT INTO ledger_stats (day, week, workflow, metric, dim, n, total) VALUES (@day, @week, @workflow, @metric, @dim, @n, @total)
                ON CONFLICT (day, workflow, metric, dim) DO UPDATE SET n = ledger_stats.n + excluded.n, total = ledger_stats.total + excluded.total
                """, cancellationToken,
                ("@day", day), ("@week", WeekOf(day)), ("@workflow", workflow), ("@metric", metric), ("@dim", dimension), ("@n", count), ("@total", total));
        }
    }

    /// <summary>The Monday of the ISO week the day falls in.</summary>
    private static string WeekOf(string day)
    {
        var date = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var back = ((int)date.DayOfWeek + 6) % 7;
        return date.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static async Task<long> ProjectedSequenceAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, "SELECT seq FROM ledger_projection_head WHERE id = 1");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static Task<int> SetProjectedSequenceAsync(DbConnection connection, DbTransaction transaction, long sequence, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(transaction, "UPDATE ledger_projection_head SET seq = @seq WHERE id = 1", cancellationToken, ("@seq", sequence));

    /// <summary>Answers the fold's questions about earlier records of a draft, inside the append's transaction.</summary>
    private sealed class TransactionLookup(DbConnection connection, DbTransaction transaction) : IStatsLookup
    {
        public Task<IReadOnlyList<LedgerRecord>> EarlierAsync(string draftId, string kind, long before, CancellationToken cancellationToken = default) =>
            ReadRecordsAsync(connection, transaction,
                $"SELECT {SqlLedgerSchema.Columns} FROM ledger_records WHERE draft_id = @draft AND seq < @before AND kind = @kind ORDER BY seq",
                cancellationToken, ("@draft", draftId), ("@before", before), ("@kind", kind));
    }
}
