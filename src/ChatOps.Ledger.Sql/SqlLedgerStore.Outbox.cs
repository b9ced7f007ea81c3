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
