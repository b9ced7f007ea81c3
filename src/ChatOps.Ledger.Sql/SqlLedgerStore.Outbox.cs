using System.Data.Common;
using ChatOps.Core.Ledger;

namespace ChatOps.Ledger.Sql;

/// <summary>The outbox facet: jobs claimed under a lease and completed exactly once, with their outcome in the ledger.</summary>
public abstract partial class SqlLedgerStore
{
    public async Task<IReadOnlyList<QueuedJob>> ClaimAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginClaimAsync(connection, cancellationToken);
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

    public async Task<bool> CompleteAsync(long jobId, LedgerEntry? outcome, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var done = await connection.ExecuteAsync(transaction, "UPDATE ledger_jobs SET state = 'done', done_at = @at, locked_until = NULL WHERE id = @id AND state = 'pending'",
            cancellationToken, ("@id", jobId), ("@at", LedgerTime.Format(Time.GetUtcNow())));
        if (done == 0)
        {
            return false;
        }

        // An outcome already recorded (its idempotency key exists) is not written twice; the job is done all the same.
        var appended = outcome is null || (await AppendInTransactionAsync(connection, transaction, LedgerAppend.Of(outcome), cancellationToken)).Status == AppendStatus.Appended;
        await transaction.CommitAsync(cancellationToken);
        return appended;
    }

    public async Task<bool> FailAsync(long jobId, LedgerEntry outcome, string reason, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var failed = await connection.ExecuteAsync(transaction, "UPDATE ledger_jobs SET state = 'failed', done_at = @at, locked_until = NULL, last_error = @reason WHERE id = @id AND state = 'pending'",
            cancellationToken, ("@id", jobId), ("@at", LedgerTime.Format(Time.GetUtcNow())), ("@reason", reason));
        if (failed == 0)
        {
            return false;
        }

        var appended = (await AppendInTransactionAsync(connection, transaction, LedgerAppend.Of(outcome), cancellationToken)).Status == AppendStatus.Appended;
        await transaction.CommitAsync(cancellationToken);
        return appended;
    }

    public async Task PostponeAsync(long jobId, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, "UPDATE ledger_jobs SET due_at = @due, locked_until = NULL, last_error = @reason, attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END WHERE id = @id AND state = 'pending'",
            cancellationToken, ("@id", jobId), ("@due", LedgerTime.Format(notBefore)), ("@reason", reason));
    }

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

    private static async Task<IReadOnlyList<OutboxJob>> ListWhereAsync(System.Data.Common.DbConnection connection, string where, CancellationToken cancellationToken, params (string, object?)[] parameters)
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

    public async Task RetryAsync(long jobId, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, "UPDATE ledger_jobs SET due_at = @due, locked_until = NULL, last_error = @reason WHERE id = @id AND state = 'pending'",
            cancellationToken, ("@id", jobId), ("@due", LedgerTime.Format(notBefore)), ("@reason", reason));
    }

    public async Task<int> PendingCountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT COUNT(*) FROM ledger_jobs WHERE state = 'pending'");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Begins the transaction a claim runs in; by default the write transaction.</summary>
    protected virtual Task<DbTransaction> BeginClaimAsync(DbConnection connection, CancellationToken cancellationToken) => BeginWriteAsync(connection, cancellationToken);
}
