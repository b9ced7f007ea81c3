using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using ChatOps.Core.Ledger;
using ChatOps.Core.Stats;

namespace ChatOps.Ledger.Sql;

/// <summary>
/// The ledger over ADO.NET. Every append runs in one write transaction that holds the head, so appends from any
/// number of processes form one chain; the store only has to say how to open a connection and begin that transaction.
/// </summary>
public abstract partial class SqlLedgerStore(SqlDialect dialect, TimeProvider time) : ILedgerStore, IStatsStore
{
    // Twelve values a row, well under both databases' limit of parameters a statement.
    private const int InsertRowsPerStatement = 400;

    private readonly string schemaHash = SqlLedgerSchema.Hash(dialect);

    protected TimeProvider Time { get; } = time;

    /// <summary>
    /// Creates the tables and indexes if they are missing, migrates what earlier builds kept, and folds the records the
    /// projections have not seen. A ledger already current (this build's schema, projections at the head) is only read:
    /// opening it for a command such as <c>chatops stats</c> costs one query, and takes no write lock.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (await IsCurrentAsync(cancellationToken))
        {
            return;
        }

        await using (var connection = await OpenAsync(cancellationToken))
        {
            await using var transaction = await BeginWriteAsync(connection, cancellationToken);
            await connection.ExecuteAsync(transaction, dialect.SchemaLock + SqlLedgerSchema.Create(dialect), cancellationToken);
            await connection.ExecuteAsync(transaction, "INSERT INTO ledger_schema (id, ddl_hash) VALUES (1, @hash) ON CONFLICT (id) DO UPDATE SET ddl_hash = excluded.ddl_hash",
                cancellationToken, ("@hash", schemaHash));
            await UpgradeInboxAsync(connection, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // After the schema's connection is closed: SQLite's in-process write gate is held until then.
        await MigrateProjectionsAsync(cancellationToken);
        await CatchUpProjectionsAsync(cancellationToken);
    }

    /// <summary>Whether the schema was created by this build's DDL and the projections reach the head.</summary>
    private async Task<bool> IsCurrentAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, $"""
            SELECT 1 FROM ledger_schema s, ledger_head h, ledger_projection_head p
            WHERE s.id = 1 AND s.ddl_hash = @hash AND h.id = 1 AND p.id = {ProjectionHead} AND p.seq = h.seq
            """, ("@hash", schemaHash));
        try
        {
            return await command.ExecuteScalarAsync(cancellationToken) is not null;
        }
        catch (DbException)
        {
            // No ledger_schema table: a new ledger, or one of a build from before it. The full path below answers any other fault.
            return false;
        }
    }

    public async Task<AppendResult> AppendAsync(LedgerAppend append, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(append);
        var deferred = append.Durability == LedgerDurability.Deferred;
        var result = await WriteAppendAsync(append, cancellationToken);
        if (result.Status == AppendStatus.Appended)
        {
            if (deferred)
            {
                StartSync();
            }

            if (result.Records.Count > 0)
            {
                NoteAppended(result.Records.Count);
            }
        }

        return result;
    }

    /// <summary>
    /// Writes the append in one write transaction and commits it if it holds (<see cref="AppendStatus.Appended"/>); any
    /// other status writes nothing. A store may write some appends its own faster way, with the same checks in the same order.
    /// </summary>
    protected virtual async Task<AppendResult> WriteAppendAsync(LedgerAppend append, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(append);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = append.Durability == LedgerDurability.Deferred
            ? await BeginBookkeepingAsync(connection, cancellationToken)
            : await BeginWriteAsync(connection, cancellationToken);
        var result = await AppendInTransactionAsync(connection, transaction, append, cancellationToken);
        if (result.Status == AppendStatus.Appended)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>The append's records sealed onto the head, in order: each one's hash is the next one's previous hash.</summary>
    protected List<LedgerRecord> Seal(LedgerAppend append, LedgerHead head)
    {
        ArgumentNullException.ThrowIfNull(append);
        ArgumentNullException.ThrowIfNull(head);
        var records = new List<LedgerRecord>(append.Entries.Count);
        var now = Time.GetUtcNow();
        var (sequence, previous) = (head.Sequence, head.Hash);
        foreach (var entry in append.Entries)
        {
            var record = LedgerHashes.Seal(entry, ++sequence, now, previous);
            records.Add(record);
            previous = record.Hash;
        }

        return records;
    }

    /// <summary>Starts putting the commits made so far on disk without waiting for it, where commits may leave that to later.</summary>
    protected virtual void StartSync()
    {
    }

    public async IAsyncEnumerable<LedgerRecord> ReadAsync(long fromSequence = 1, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, $"SELECT {SqlLedgerSchema.Columns} FROM ledger_records WHERE seq >= @from ORDER BY seq", ("@from", fromSequence));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadRecord(reader);
        }
    }

    public abstract Task ReadChainAsync(long fromSequence, IChainRowSink sink, CancellationToken cancellationToken = default);

    public async Task<IReadOnlyList<LedgerRecord>> QueryAsync(LedgerQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new StringBuilder("1=1");
        var parameters = new List<(string, object?)>();
        void Filter(string column, string? value)
        {
            if (value is not null)
            {
                where.Append(System.Globalization.CultureInfo.InvariantCulture, $" AND {column} = @{column}");
                parameters.Add(($"@{column}", value));
            }
        }

        Filter("draft_id", query.DraftId);
        Filter("thread", query.Thread);
        Filter("ticket", query.Ticket);
        Filter("kind", query.Kind);
        Filter("workflow", query.Workflow);
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadRecordsAsync(connection, null, $"SELECT {SqlLedgerSchema.Columns} FROM ledger_records WHERE {where} ORDER BY seq", cancellationToken, [.. parameters]);
    }

    public async Task<LedgerHead> HeadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadHeadAsync(connection, null, "SELECT seq, hash FROM ledger_head WHERE id = 1", cancellationToken);
    }

    public async Task<int> RedactAsync(string workflow, DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "UPDATE ledger_records SET payload = NULL WHERE workflow = @workflow AND at < @before AND payload IS NOT NULL", cancellationToken,
            ("@workflow", workflow), ("@before", LedgerTime.Format(before)));
    }

    /// <summary>Opens a connection ready for use.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Begins a transaction that excludes every other writer until it ends.</summary>
    protected abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    private async Task<AppendResult> AppendInTransactionAsync(DbConnection connection, DbTransaction transaction, LedgerAppend append, CancellationToken cancellationToken)
    {
        var head = await ReadHeadAsync(connection, transaction, dialect.HeadForUpdate, cancellationToken);
        if (append.Guard is { } guard)
        {
            // After the head is held: a record that would refuse this append is either already here or waits for it.
            var latest = await ReadRecordsAsync(connection, transaction,
                $"SELECT {SqlLedgerSchema.Columns} FROM ledger_records WHERE kind = @kind AND workflow = @workflow AND payload IS NOT NULL ORDER BY seq DESC LIMIT 1",
                cancellationToken, ("@kind", guard.Kind), ("@workflow", guard.Workflow));
            if (latest.Count > 0 && guard.Refuses(latest[0]))
            {
                return new AppendResult(AppendStatus.Refused, latest);
            }
        }

        var keys = append.Entries.Select(e => e.IdempotencyKey).OfType<string>().ToArray();
        if (keys.Length > 0)
        {
            var names = string.Join(", ", keys.Select((_, i) => $"@k{i}"));
            var existing = await ReadRecordsAsync(connection, transaction, $"SELECT {SqlLedgerSchema.Columns} FROM ledger_records WHERE idempotency_key IN ({names}) ORDER BY seq", cancellationToken,
                [.. keys.Select((k, i) => ($"@k{i}", (object?)k))]);
            if (existing.Count > 0)
            {
                return new AppendResult(AppendStatus.Duplicate, existing);
            }
        }

        if (append is { DraftId: { } draftId, ExpectedDraftSequence: { } expected })
        {
            await using var latest = connection.Command(transaction, "SELECT COALESCE(MAX(seq), 0) FROM ledger_records WHERE draft_id = @draft", ("@draft", draftId));
            if (Convert.ToInt64(await latest.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) != expected)
            {
                return new AppendResult(AppendStatus.Conflict, []);
            }
        }

        var records = Seal(append, head);
        await InsertAsync(connection, transaction, records, cancellationToken);

        // The projections are folded behind the append (SqlLedgerStore.Projector.cs), off the request's path.
        var last = records.Count > 0 ? records[^1] : null;
        await connection.ExecuteAsync(transaction, "UPDATE ledger_head SET seq = @seq, hash = @hash WHERE id = 1", cancellationToken,
            ("@seq", last?.Sequence ?? head.Sequence), ("@hash", last?.Hash ?? head.Hash));
        await InsertJobsAsync(connection, transaction, append.Jobs, cancellationToken);
        return new AppendResult(AppendStatus.Appended, records);
    }

    // One statement per chunk of records (a draft and its model calls are one): a statement is one round trip and one parse.
    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, List<LedgerRecord> records, CancellationToken cancellationToken)
    {
        foreach (var chunk in records.Chunk(InsertRowsPerStatement))
        {
            var sql = new StringBuilder($"INSERT INTO ledger_records ({SqlLedgerSchema.Columns}) VALUES ");
            var parameters = new List<(string, object?)>(chunk.Length * 12);
            for (var i = 0; i < chunk.Length; i++)
            {
                var r = chunk[i];
                sql.Append(i == 0 ? string.Empty : ", ").Append(System.Globalization.CultureInfo.InvariantCulture,
                    $"(@seq{i}, @at{i}, @kind{i}, @workflow{i}, @draft{i}, @thread{i}, @ticket{i}, @key{i}, @payload{i}, @content{i}, @prev{i}, @hash{i})");
                parameters.AddRange([($"@seq{i}", r.Sequence), ($"@at{i}", r.At), ($"@kind{i}", r.Kind), ($"@workflow{i}", r.Workflow), ($"@draft{i}", r.DraftId),
                    ($"@thread{i}", r.Thread), ($"@ticket{i}", r.Ticket), ($"@key{i}", r.IdempotencyKey), ($"@payload{i}", r.Payload), ($"@content{i}", r.ContentHash),
                    ($"@prev{i}", r.PreviousHash), ($"@hash{i}", r.Hash)]);
            }

            await connection.ExecuteAsync(transaction, sql.ToString(), cancellationToken, [.. parameters]);
        }
    }

    private static async Task<LedgerHead> ReadHeadAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new LedgerHead(reader.GetInt64(0), reader.GetString(1))
            : throw new InvalidOperationException("The ledger has no head row; run InitializeAsync first.");
    }

    private static async Task<IReadOnlyList<LedgerRecord>> ReadRecordsAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = connection.Command(transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<LedgerRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(ReadRecord(reader));
        }

        return records;
    }

    private static LedgerRecord ReadRecord(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.NullableString(4), r.NullableString(5), r.NullableString(6),
        r.NullableString(7), r.NullableString(8), r.GetString(9), r.GetString(10), r.GetString(11));
}
