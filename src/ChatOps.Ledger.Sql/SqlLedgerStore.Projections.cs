using System.Data.Common;
using System.Globalization;
using ChatOps.Core.Ledger;
using ChatOps.Core.Stats;

namespace ChatOps.Ledger.Sql;

/// <summary>
/// The tables kept beside the chain on every append, in its transaction: the scorecard's figures
/// (<c>ledger_figures</c> and <c>ledger_figures_before</c>, see <see cref="AddFiguresAsync"/>) and who acted in each
/// record (<c>ledger_actors</c>), and each thread under its short name (<c>ledger_thread_names</c>). A ledger written
/// before they existed is folded in once, in batches, when the store starts.
/// </summary>
public abstract partial class SqlLedgerStore
{
    /// <summary>
    /// The row of <c>ledger_projection_head</c> that says how far the projections reach. Row 1 is the head of the per-day
    /// <c>ledger_stats</c> table of earlier builds, which this build reads once, to migrate (<see cref="MigrateProjectionsAsync"/>),
    /// and then leaves to any older instance still running beside it.
    /// </summary>
    internal const int ProjectionHead = 2;

    /// <summary>The head row of the earlier builds' <c>ledger_stats</c>.</summary>
    private const int LegacyProjectionHead = 1;

    private const int CatchUpBatch = 5_000;

    /// <summary>
    /// Creates this build's projection head once. A ledger kept by an earlier build has its figures per day and workflow in
    /// <c>ledger_stats</c>, up to its head row: they are added day by day to the figures (so figures of records whose content
    /// retention has since redacted are kept, which folding the chain again could not do), and the chain is folded on from
    /// that row's sequence, after naming the threads of the records before it. A ledger without it (new, or older than
    /// the figures) is folded from the start.
    /// </summary>
    private async Task MigrateProjectionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        _ = await ReadHeadAsync(connection, transaction, dialect.HeadForUpdate, cancellationToken);
        await using (var exists = connection.Command(transaction, $"SELECT seq FROM ledger_projection_head WHERE id = {ProjectionHead}"))
        {
            if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
            {
                return;
            }
        }

        long legacy;
        await using (var head = connection.Command(transaction, $"SELECT seq FROM ledger_projection_head WHERE id = {LegacyProjectionHead}"))
        {
            legacy = Convert.ToInt64(await head.ExecuteScalarAsync(cancellationToken) ?? 0L, CultureInfo.InvariantCulture);
        }

        if (legacy > 0)
        {
            var increments = new List<StatIncrement>();
            await using (var rows = connection.Command(transaction, "SELECT day, workflow, metric, dim, n, total FROM ledger_stats ORDER BY day"))
            await using (var reader = await rows.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    increments.Add(new StatIncrement(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                        Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture), Convert.ToDouble(reader.GetValue(5), CultureInfo.InvariantCulture)));
                }
            }

            await AddFiguresAsync(connection, transaction, increments, cancellationToken);
            var threads = new List<string>();
            await using (var names = connection.Command(transaction, "SELECT DISTINCT thread FROM ledger_records WHERE thread IS NOT NULL AND seq <= @seq", ("@seq", legacy)))
            await using (var reader = await names.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    threads.Add(reader.GetString(0));
                }
            }

            await NameThreadsAsync(connection, transaction, threads, cancellationToken);
        }

        await connection.ExecuteAsync(transaction, "INSERT INTO ledger_projection_head (id, seq) VALUES (@id, @seq)", cancellationToken, ("@id", ProjectionHead), ("@seq", legacy));
        await transaction.CommitAsync(cancellationToken);
    }

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

    /// <summary>Folds the records of one append, after catching up on any the projections missed (a writer of an older version).</summary>
    // newDraft: a draft whose every record is in `records` (its append held only if it had none), so the fold looks up
    // its earlier records there instead of in the table.
    private static async Task ProjectAppendAsync(
        DbConnection connection, DbTransaction transaction, long previousHead, IReadOnlyList<LedgerRecord> records, string? newDraft, CancellationToken cancellationToken)
    {
        var seen = await ProjectedSequenceAsync(connection, transaction, cancellationToken);
        if (seen < previousHead)
        {
            await ProjectStoredAsync(connection, transaction, seen, previousHead, cancellationToken);
        }

        await ProjectAsync(connection, transaction, records, cancellationToken, newDraft is null ? null : (newDraft, records));
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

    private static async Task ProjectAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<LedgerRecord> records, CancellationToken cancellationToken, (string DraftId, IReadOnlyList<LedgerRecord> Records)? newDraft = null)
    {
        var lookup = new TransactionLookup(connection, transaction, newDraft);
        var increments = new List<StatIncrement>();
        foreach (var record in records)
        {
            increments.AddRange(await StatsFold.FoldAsync(record, lookup, cancellationToken));
            foreach (var actor in LedgerActors.Of(record))
            {
                await connection.ExecuteAsync(transaction, "INSERT INTO ledger_actors (actor, seq) VALUES (@actor, @seq) ON CONFLICT (actor, seq) DO NOTHING",
                    cancellationToken, ("@actor", actor), ("@seq", record.Sequence));
            }
        }

        await AddFiguresAsync(connection, transaction, increments, cancellationToken);
        await NameThreadsAsync(connection, transaction, records.Select(r => r.Thread).OfType<string>().Distinct(StringComparer.Ordinal), cancellationToken);
    }

    /// <summary>Files each thread under its short name, the last part of <c>channel/conversation/thread</c> (what the console calls a thread).</summary>
    private static async Task NameThreadsAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string> threads, CancellationToken cancellationToken)
    {
        foreach (var thread in threads)
        {
            var name = thread[(thread.LastIndexOf('/') + 1)..];
            if (name.Length > 0 && name.Length < thread.Length)
            {
                await connection.ExecuteAsync(transaction, "INSERT INTO ledger_thread_names (name, thread) VALUES (@name, @thread) ON CONFLICT (name, thread) DO NOTHING",
                    cancellationToken, ("@name", name), ("@thread", thread));
            }
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
        await using var command = connection.Command(transaction, $"SELECT seq FROM ledger_projection_head WHERE id = {ProjectionHead}");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static Task<int> SetProjectedSequenceAsync(DbConnection connection, DbTransaction transaction, long sequence, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(transaction, $"UPDATE ledger_projection_head SET seq = @seq WHERE id = {ProjectionHead}", cancellationToken, ("@seq", sequence));

    /// <summary>Answers the fold's questions about earlier records of a draft, inside the append's transaction.</summary>
    private sealed class TransactionLookup(DbConnection connection, DbTransaction transaction, (string DraftId, IReadOnlyList<LedgerRecord> Records)? newDraft) : IStatsLookup
    {
        public Task<IReadOnlyList<LedgerRecord>> EarlierAsync(string draftId, string kind, long before, CancellationToken cancellationToken = default) =>
            newDraft is { } fresh && string.Equals(fresh.DraftId, draftId, StringComparison.Ordinal)
                ? Task.FromResult<IReadOnlyList<LedgerRecord>>([.. fresh.Records.Where(r => r.Sequence < before && r.Kind == kind && string.Equals(r.DraftId, draftId, StringComparison.Ordinal))])
                : ReadRecordsAsync(connection, transaction,
                    $"SELECT {SqlLedgerSchema.Columns} FROM ledger_records WHERE draft_id = @draft AND seq < @before AND kind = @kind ORDER BY seq",
                    cancellationToken, ("@draft", draftId), ("@before", before), ("@kind", kind));
    }
}
