using System.Data.Common;
using System.Globalization;
using ChatOps.Core.Ledger;
using ChatOps.Core.Stats;

namespace ChatOps.Ledger.Sql;

/// <summary>
/// The tables kept beside the chain, folded behind the appends (<see cref="ProjectBehindAppendsAsync"/>): the scorecard's figures
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

    /// <summary>
    /// Folds records the projections have not seen yet, in batches, until they reach the head. Each batch is read and
    /// folded beside the writers, on a connection of its own; only writing its sums takes the write lock, and only if no
    /// other fold wrote that batch meanwhile (one that did sends this one back to read on from where that one stopped).
    /// </summary>
    public async Task CatchUpProjectionsAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            long seen, upTo;
            Fold fold;
            await using (var reader = await OpenAsync(cancellationToken))
            {
                var head = await ReadHeadAsync(reader, null, "SELECT seq, hash FROM ledger_head WHERE id = 1", cancellationToken);
                seen = await ProjectedSequenceAsync(reader, null, cancellationToken);
                if (seen >= head.Sequence)
                {
                    return;
                }

                upTo = Math.Min(head.Sequence, seen + CatchUpBatch);
                var records = await ReadRecordsAsync(reader, null, $"SELECT {SqlLedgerSchema.Columns} FROM ledger_records WHERE seq > @after AND seq <= @upto ORDER BY seq",
                    cancellationToken, ("@after", seen), ("@upto", upTo));
                fold = await FoldAsync(reader, seen, records, cancellationToken);
            }

            // Bookkeeping: the fold's sums and its head commit together, and both can be folded again from the chain,
            // so a power cut that loses this commit only has the next fold do it again. Synced at its commit, it held
            // the write lock for a sync to disk, and the draft whose append came next waited for it.
            await using (var connection = await OpenAsync(cancellationToken))
            await using (var transaction = await BeginBookkeepingAsync(connection, cancellationToken))
            {
                // Holding the head serialises this with every other fold, and with an earlier build's append, which folds in its own transaction.
                _ = await ReadHeadAsync(connection, transaction, dialect.HeadForUpdate, cancellationToken);
                if (await ProjectedSequenceAsync(connection, transaction, cancellationToken) != seen)
                {
                    continue;
                }

                await AddFiguresAsync(connection, transaction, fold.Increments, cancellationToken);
                await InsertActorsAsync(connection, transaction, fold.Actors, cancellationToken);
                await NameThreadsAsync(connection, transaction, fold.Threads, cancellationToken);
                await SetProjectedSequenceAsync(connection, transaction, upTo, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            StartSync();
        }
    }

    /// <summary>
    /// Catches the projections up to the head before a read of them, so the read sees every record committed before it
    /// began. One query when they are current (the projector keeps them so); a fold of what is missing otherwise.
    /// </summary>
    private async Task CatchUpBeforeReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using (var current = connection.Command(null, $"""
            SELECT 1 FROM ledger_head h, ledger_projection_head p WHERE h.id = 1 AND p.id = {ProjectionHead} AND p.seq >= h.seq
            """))
        {
            if (await current.ExecuteScalarAsync(cancellationToken) is not null)
            {
                return;
            }
        }

        await CatchUpProjectionsAsync(cancellationToken);
    }

    /// <summary>What a batch of records adds to the projections: figures, who acted in which record, and the threads they are in.</summary>
    private sealed record Fold(List<StatIncrement> Increments, List<(string Actor, long Sequence)> Actors, List<string> Threads);

    private static async Task<Fold> FoldAsync(DbConnection connection, long seen, IReadOnlyList<LedgerRecord> records, CancellationToken cancellationToken)
    {
        var lookup = await BatchEarlierRecords.ReadAsync(connection, seen, records, cancellationToken);
        var fold = new Fold([], [], [.. records.Select(r => r.Thread).OfType<string>().Distinct(StringComparer.Ordinal)]);
        foreach (var record in records)
        {
            fold.Increments.AddRange(await StatsFold.FoldAsync(record, lookup, cancellationToken));
            fold.Actors.AddRange(LedgerActors.Of(record).Select(actor => (actor, record.Sequence)));
        }

        return fold;
    }

    // One statement per chunk: a statement is one round trip and one parse.
    private static async Task InsertActorsAsync(DbConnection connection, DbTransaction transaction, List<(string Actor, long Sequence)> actors, CancellationToken cancellationToken)
    {
        foreach (var chunk in actors.Chunk(UpsertRowsPerStatement))
        {
            var values = string.Join(", ", chunk.Select((_, i) => $"(@a{i}, @s{i})"));
            await connection.ExecuteAsync(transaction, $"INSERT INTO ledger_actors (actor, seq) VALUES {values} ON CONFLICT (actor, seq) DO NOTHING", cancellationToken,
                [.. chunk.SelectMany((a, i) => new (string, object?)[] { ($"@a{i}", a.Actor), ($"@s{i}", a.Sequence) })]);
        }
    }

    /// <summary>Files each thread under its short name, the last part of <c>channel/conversation/thread</c> (what the console calls a thread).</summary>
    private static async Task NameThreadsAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string> threads, CancellationToken cancellationToken)
    {
        var named = threads.Select(thread => (Name: thread[(thread.LastIndexOf('/') + 1)..], Thread: thread)).Where(t => t.Name.Length > 0 && t.Name.Length < t.Thread.Length);
        foreach (var chunk in named.Chunk(UpsertRowsPerStatement))
        {
            var values = string.Join(", ", chunk.Select((_, i) => $"(@n{i}, @t{i})"));
            await connection.ExecuteAsync(transaction, $"INSERT INTO ledger_thread_names (name, thread) VALUES {values} ON CONFLICT (name, thread) DO NOTHING", cancellationToken,
                [.. chunk.SelectMany((t, i) => new (string, object?)[] { ($"@n{i}", t.Name), ($"@t{i}", t.Thread) })]);
        }
    }

    /// <summary>The Monday of the ISO week the day falls in.</summary>
    private static string WeekOf(string day)
    {
        var date = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var back = ((int)date.DayOfWeek + 6) % 7;
        return date.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static async Task<long> ProjectedSequenceAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, $"SELECT seq FROM ledger_projection_head WHERE id = {ProjectionHead}");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static Task<int> SetProjectedSequenceAsync(DbConnection connection, DbTransaction transaction, long sequence, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(transaction, $"UPDATE ledger_projection_head SET seq = @seq WHERE id = {ProjectionHead}", cancellationToken, ("@seq", sequence));

    /// <summary>Answers the fold's questions about earlier records of a draft (committed before the batch it folds, so any connection sees them).</summary>
    /// <summary>
    /// The earlier records a batch's fold asks for, read once for the batch: its own records, and its drafts' records
    /// before it in one statement per <see cref="DraftsPerLookup"/> drafts. Asked one by one, they were four or five
    /// statements per draft, each parsed and run on its own, in a fold that runs beside the drafts every 500 records
    /// under steady traffic.
    /// </summary>
    /// <remarks>
    /// It answers for the batch's drafts before any of the batch's records, which is all a fold asks: every record of
    /// such a draft below that sequence is either at or before <c>seen</c> (read here) or in the batch.
    /// </remarks>
    private sealed class BatchEarlierRecords : IStatsLookup
    {
        private const int DraftsPerLookup = 400;

        private readonly Dictionary<(string Draft, string Kind), List<LedgerRecord>> records = [];

        public static async Task<BatchEarlierRecords> ReadAsync(DbConnection connection, long seen, IReadOnlyList<LedgerRecord> batch, CancellationToken cancellationToken)
        {
            var lookup = new BatchEarlierRecords();
            var drafts = batch.Select(r => r.DraftId).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
            foreach (var chunk in drafts.Chunk(DraftsPerLookup))
            {
                var names = string.Join(", ", chunk.Select((_, i) => $"@d{i}"));
                var earlier = await ReadRecordsAsync(connection, null,
                    $"SELECT {SqlLedgerSchema.Columns} FROM ledger_records WHERE draft_id IN ({names}) AND seq <= @seen ORDER BY seq",
                    cancellationToken, [("@seen", seen), .. chunk.Select((draft, i) => ($"@d{i}", (object?)draft))]);
                lookup.AddAll(earlier);
            }

            // After the earlier ones, in chain order: each list stays ordered by sequence.
            lookup.AddAll(batch);
            return lookup;
        }

        public Task<IReadOnlyList<LedgerRecord>> EarlierAsync(string draftId, string kind, long before, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<LedgerRecord>>(records.TryGetValue((draftId, kind), out var list) ? [.. list.TakeWhile(r => r.Sequence < before)] : []);

        private void AddAll(IEnumerable<LedgerRecord> rows)
        {
            foreach (var row in rows)
            {
                if (row.DraftId is { } draft)
                {
                    if (!records.TryGetValue((draft, row.Kind), out var list))
                    {
                        records[(draft, row.Kind)] = list = [];
                    }

                    list.Add(row);
                }
            }
        }
    }
}
