using System.Data.Common;
using ChatOps.Core.Jobs;
using ChatOps.Core.Ledger;

namespace ChatOps.Ledger.Sql;

/// <summary>
/// The job queue facet (<c>ledger_jobs</c>): chat requests, replies, write-backs, reminders and expiries, enqueued once
/// per key, claimed under a lease, finished once.
/// </summary>
public abstract partial class SqlLedgerStore : IJobQueue
{
    private const string InsertJob = """
        INSERT INTO ledger_jobs (kind, workflow, draft_id, idempotency_key, payload, due_at) VALUES (@kind, @workflow, @draft, @key, @payload, @due)
        ON CONFLICT (idempotency_key) DO NOTHING
        """;

    private const int MaxEnqueueAttempts = 5;

    public async Task<IReadOnlyList<bool>> EnqueueAsync(IReadOnlyList<JobRequest> jobs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        if (jobs.Count == 0)
        {
            return [];
        }

        // Two instances can insert overlapping batches (a delivery retried at the other instance) in different orders.
        // The store first locks the keys in one global order where it can (LockJobKeysAsync); should the database
        // still abort a transaction as a deadlock, it simply runs again. Rows go in in arrival order, so a thread's
        // messages are handled in the order they were said.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await InsertJobsAsync(jobs, cancellationToken);
            }
            catch (DbException ex) when (attempt < MaxEnqueueAttempts && IsWriteConflict(ex))
            {
                // No pause needed: the transaction that won holds its locks until it commits, so the retry waits for it.
            }
        }
    }

    /// <summary>
    /// Takes, in the transaction, a lock per job key in the order given (sorted), so overlapping batches of two
    /// instances queue behind each other instead of deadlocking on the unique index. Nothing to do where writers are
    /// serialised anyway (SQLite).
    /// </summary>
    protected virtual Task LockJobKeysAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> sortedKeys, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>True when the database aborted the transaction to break a deadlock or a serialization conflict, so running it again is right.</summary>
    protected virtual bool IsWriteConflict(DbException exception) => false;

    /// <summary>
    /// Inserts a batch in one write transaction (the commit is the cost, paid once) and returns, per job, whether it
    /// was new. A store with a cheaper way to commit accepted jobs overrides it; it must answer only once the batch is committed.
    /// </summary>
    protected virtual async Task<bool[]> InsertJobsAsync(IReadOnlyList<JobRequest> jobs, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await LockJobKeysAsync(connection, transaction, [.. jobs.Select(r => r.IdempotencyKey).Distinct().Order(StringComparer.Ordinal)], cancellationToken);
        var added = await InsertJobsAsync(connection, transaction, jobs, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>Inserts the jobs in the caller's transaction (an append's, or an enqueue's); true for each that was new.</summary>
    private static async Task<bool[]> InsertJobsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<JobRequest> jobs, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, InsertJob, ("@kind", ""), ("@workflow", ""), ("@draft", ""), ("@key", ""), ("@payload", ""), ("@due", ""));
        var added = new bool[jobs.Count];
        for (var i = 0; i < jobs.Count; i++)
        {
            var job = jobs[i];
            command.Parameters["@kind"].Value = job.Kind;
            command.Parameters["@workflow"].Value = job.Workflow;
            command.Parameters["@draft"].Value = (object?)job.DraftId ?? DBNull.Value;
            command.Parameters["@key"].Value = job.IdempotencyKey;
            command.Parameters["@payload"].Value = job.Payload;
            command.Parameters["@due"].Value = LedgerTime.Format(job.DueAt);
            added[i] = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }

        return added;
    }

    public async Task<bool> RecordDeliveryAsync(string idempotencyKey, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var added = await connection.ExecuteAsync(transaction, $"""
            INSERT INTO ledger_jobs (kind, workflow, idempotency_key, payload, due_at, state, done_at) VALUES ('{JobKinds.DeliveryClaim}', '', @key, @payload, @at, 'done', @at)
            ON CONFLICT (idempotency_key) DO NOTHING
            """, cancellationToken, ("@key", idempotencyKey), ("@payload", "{}"), ("@at", LedgerTime.Format(at)));
        await transaction.CommitAsync(cancellationToken);
        return added == 1;
    }

    public async Task ForgetDeliveryAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await connection.ExecuteAsync(transaction, $"DELETE FROM ledger_jobs WHERE idempotency_key = @key AND kind = '{JobKinds.DeliveryClaim}'",
            cancellationToken, ("@key", idempotencyKey));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<QueuedJob>> ClaimAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginBookkeepingAsync(connection, cancellationToken);
        await MoveIntakeAsync(connection, transaction, cancellationToken);
        await using var command = connection.Command(transaction, $"""
            UPDATE ledger_jobs SET locked_until = @until, attempts = attempts + 1
            WHERE id IN (SELECT id FROM ledger_jobs
                         WHERE state = 'pending' AND due_at <= @now AND (locked_until IS NULL OR locked_until <= @now)
                         ORDER BY due_at, id LIMIT @max{dialect.SkipLocked})
            RETURNING id, kind, workflow, draft_id, idempotency_key, payload, due_at, attempts
            """, ("@until", LedgerTime.Format(now + lease)), ("@now", LedgerTime.Format(now)), ("@max", max));
        var jobs = new List<QueuedJob>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                jobs.Add(new QueuedJob(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.NullableString(3), reader.GetString(4), reader.GetString(5),
                    LedgerTime.Parse(reader.GetString(6)), reader.GetInt32(7)));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return jobs.OrderBy(j => j.DueAt).ThenBy(j => j.Id).ToArray();
    }

    public Task RenewAsync(IReadOnlyCollection<long> ids, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        UpdateEachAsync(ids, "UPDATE ledger_jobs SET locked_until = @until WHERE id = @id AND state = 'pending' AND locked_until > @now", cancellationToken,
            ("@until", LedgerTime.Format(until)), ("@now", LedgerTime.Format(now)));

    public Task CompleteAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) =>
        UpdateEachAsync(ids, "UPDATE ledger_jobs SET state = 'done', done_at = @at, locked_until = NULL WHERE id = @id AND state = 'pending'", cancellationToken,
            ("@at", LedgerTime.Format(Time.GetUtcNow())));

    /// <summary>Runs one UPDATE per id in one bookkeeping transaction, ids ascending so two batch writers never hold row locks in opposite orders.</summary>
    private async Task UpdateEachAsync(IReadOnlyCollection<long> ids, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginBookkeepingAsync(connection, cancellationToken);
        await using var command = connection.Command(transaction, sql, [("@id", 0L), .. parameters]);
        foreach (var id in ids.Order())
        {
            command.Parameters["@id"].Value = id;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task<bool> CompleteAsync(long jobId, LedgerEntry? outcome, CancellationToken cancellationToken = default) =>
        FinishAsync(jobId, "state = 'done', done_at = @at, locked_until = NULL", outcome, cancellationToken);

    public Task<bool> FailAsync(long jobId, LedgerEntry? outcome, string reason, CancellationToken cancellationToken = default) =>
        FinishAsync(jobId, "state = 'failed', done_at = @at, locked_until = NULL, last_error = @reason", outcome, cancellationToken, ("@reason", reason));

    // The job's new state and its outcome in the ledger commit together. An outcome already recorded (its idempotency
    // key exists) is not written twice; the job is finished all the same.
    private async Task<bool> FinishAsync(long jobId, string set, LedgerEntry? outcome, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var changed = await connection.ExecuteAsync(transaction, $"UPDATE ledger_jobs SET {set} WHERE id = @id AND state = 'pending'",
            cancellationToken, [("@id", jobId), ("@at", LedgerTime.Format(Time.GetUtcNow())), .. parameters]);
        if (changed == 0)
        {
            return false;
        }

        var appended = outcome is null || (await AppendInTransactionAsync(connection, transaction, LedgerAppend.Of(outcome), cancellationToken)).Status == AppendStatus.Appended;
        await transaction.CommitAsync(cancellationToken);
        return appended;
    }

    public Task RetryAsync(long jobId, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken = default) =>
        UpdateEachAsync([jobId], "UPDATE ledger_jobs SET due_at = @due, locked_until = NULL, last_error = @reason WHERE id = @id AND state = 'pending'", cancellationToken,
            ("@due", LedgerTime.Format(notBefore)), ("@reason", reason));

    public Task PostponeAsync(long jobId, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken = default) =>
        UpdateEachAsync([jobId], "UPDATE ledger_jobs SET due_at = @due, locked_until = NULL, last_error = @reason, attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END WHERE id = @id AND state = 'pending'",
            cancellationToken, ("@due", LedgerTime.Format(notBefore)), ("@reason", reason));

    public async Task<OutboxJob?> RequeueAsync(string idOrKey, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrKey);
        var byId = long.TryParse(idOrKey, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id);
        await using var connection = await OpenAsync(cancellationToken);
        var (where, match) = byId ? ("id = @match", (object)id) : ("idempotency_key = @match", idOrKey);
        var changed = await connection.ExecuteAsync(null, $"UPDATE ledger_jobs SET state = 'pending', due_at = @now, attempts = 0, locked_until = NULL, done_at = NULL WHERE {where} AND state = 'failed'",
            cancellationToken, ("@match", match), ("@now", LedgerTime.Format(now)));
        if (changed == 0)
        {
            return null;
        }

        var jobs = await ListWhereAsync(connection, where, cancellationToken, ("@match", match));
        return jobs.Count > 0 ? jobs[0] : null;
    }

    public async Task<IReadOnlyList<OutboxJob>> ListAsync(bool failedOnly, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ListWhereAsync(connection, failedOnly ? "state = 'failed'" : "state <> 'done'", cancellationToken);
    }

    private static async Task<IReadOnlyList<OutboxJob>> ListWhereAsync(DbConnection connection, string where, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = connection.Command(null, $"SELECT id, kind, workflow, draft_id, idempotency_key, state, attempts, due_at, last_error FROM ledger_jobs WHERE {where} ORDER BY id", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var jobs = new List<OutboxJob>();
        while (await reader.ReadAsync(cancellationToken))
        {
            jobs.Add(new OutboxJob(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.NullableString(3), reader.GetString(4), reader.GetString(5),
                reader.GetInt32(6), LedgerTime.Parse(reader.GetString(7)), reader.NullableString(8)));
        }

        return jobs;
    }

    public async Task<int> PendingCountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, dialect.JobIntake
            ? """
              SELECT (SELECT COUNT(*) FROM ledger_jobs WHERE state = 'pending')
                   + (SELECT COUNT(DISTINCT idempotency_key) FROM ledger_intake i WHERE NOT EXISTS (SELECT 1 FROM ledger_jobs j WHERE j.idempotency_key = i.idempotency_key))
              """
            : "SELECT COUNT(*) FROM ledger_jobs WHERE state = 'pending'");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Moves the jobs accepted into the intake (<see cref="JobRequest.DeduplicateLater"/>) into the queue in the claim's
    /// transaction, in arrival order, where the unique key drops a repeat (of a job in the queue, done or not, or of an
    /// earlier intake row), and deletes them: a crash before the commit leaves them in the intake for the next claim,
    /// after it they are jobs; none is lost or kept twice.
    /// </summary>
    private async Task MoveIntakeAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (!dialect.JobIntake)
        {
            return;
        }

        // The last rowid is read from the table's last page; an idle poll writes nothing.
        await using var last = connection.Command(transaction, "SELECT MAX(id) FROM ledger_intake");
        if (await last.ExecuteScalarAsync(cancellationToken) is not long upTo)
        {
            return;
        }

        // (WHERE is needed: SQLite would read ON after a bare SELECT's FROM as a join's.)
        await connection.ExecuteAsync(transaction, """
            INSERT INTO ledger_jobs (kind, workflow, draft_id, idempotency_key, payload, due_at)
            SELECT kind, workflow, draft_id, idempotency_key, payload, due_at FROM ledger_intake WHERE id <= @upTo ORDER BY id
            ON CONFLICT (idempotency_key) DO NOTHING
            """, cancellationToken, ("@upTo", upTo));
        await connection.ExecuteAsync(transaction, "DELETE FROM ledger_intake WHERE id <= @upTo", cancellationToken, ("@upTo", upTo));
    }

    /// <summary>
    /// Begins the transaction of a claim, a renewal, a retry or a completion without an outcome. Losing one of these
    /// makes a job run again, which is safe (its effects are keyed), so a store may commit them more cheaply than a
    /// job it accepted; by default the write transaction.
    /// </summary>
    protected virtual Task<DbTransaction> BeginBookkeepingAsync(DbConnection connection, CancellationToken cancellationToken) =>
        BeginWriteAsync(connection, cancellationToken);

    /// <summary>
    /// Moves what the request inbox of earlier builds (<c>chat_inbox</c>) still holds into the queue, in the schema's
    /// transaction, and drops that table: handled rows keep their delivery keys (a late retry is still kept once),
    /// pending ones become the jobs they stand for, with their attempts.
    /// </summary>
    private async Task UpgradeInboxAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using (var exists = connection.Command(transaction, dialect.TableExists, ("@name", "chat_inbox")))
        {
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return;
            }
        }

        var pending = new List<(string Key, string Payload, string At, int Attempts)>();
        await using (var read = connection.Command(transaction, "SELECT delivery_key, payload, received_at, attempts FROM chat_inbox WHERE state = 'pending' ORDER BY id"))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                pending.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
            }
        }

        await connection.ExecuteAsync(transaction, $"""
            INSERT INTO ledger_jobs (kind, workflow, idempotency_key, payload, due_at, attempts, state, done_at)
            SELECT '{JobKinds.RunRequest}', '', delivery_key, payload, received_at, attempts, state, done_at FROM chat_inbox WHERE state <> 'pending' ORDER BY id
            ON CONFLICT (idempotency_key) DO NOTHING
            """, cancellationToken);
        foreach (var (key, payload, at, attempts) in pending)
        {
            var (kind, upgraded) = payload == RedactedPayload ? (JobKinds.RunRequest, payload) : JobJson.UpgradeInboxRow(payload);
            await connection.ExecuteAsync(transaction, """
                INSERT INTO ledger_jobs (kind, workflow, idempotency_key, payload, due_at, attempts) VALUES (@kind, '', @key, @payload, @due, @attempts)
                ON CONFLICT (idempotency_key) DO NOTHING
                """, cancellationToken, ("@kind", kind), ("@key", key), ("@payload", upgraded), ("@due", at), ("@attempts", attempts));
        }

        await connection.ExecuteAsync(transaction, "DROP TABLE chat_inbox", cancellationToken);
    }
}
