using ChatOps.Core.Ledger;

namespace ChatOps.Ledger.Sql;

/// <summary>The retention facet: counts what is due, and redacts the outbox's and inbox's copies of text beside the records.</summary>
public abstract partial class SqlLedgerStore : IRetentionStore
{
    /// <summary>What a redacted job or request holds instead of its content.</summary>
    public const string RedactedPayload = "{\"redacted\":true}";

    public async Task<int> CountRedactableAsync(string workflow, DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT COUNT(*) FROM ledger_records WHERE workflow = @workflow AND at < @before AND payload IS NOT NULL",
            ("@workflow", workflow), ("@before", LedgerTime.Format(before)));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<int> RedactJobsAsync(string workflow, DateTimeOffset before, bool dryRun, CancellationToken cancellationToken = default) =>
        RedactCopiesAsync("ledger_jobs", "workflow = @workflow AND state <> 'pending' AND done_at < @before", dryRun, cancellationToken,
            ("@workflow", workflow), ("@before", LedgerTime.Format(before)));

    public Task<int> RedactInboxAsync(DateTimeOffset before, bool dryRun, CancellationToken cancellationToken = default) =>
        RedactCopiesAsync("ledger_jobs", $"kind IN ('{JobKinds.RunRequest}', '{JobKinds.DeliverReply}', '{JobKinds.DecisionNotice}') AND state <> 'pending' AND due_at < @before", dryRun, cancellationToken, ("@before", LedgerTime.Format(before)));

    private async Task<int> RedactCopiesAsync(string table, string where, bool dryRun, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var due = $"{where} AND payload <> '{RedactedPayload}'";
        if (dryRun)
        {
            await using var count = connection.Command(null, $"SELECT COUNT(*) FROM {table} WHERE {due}", parameters);
            return Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        return await connection.ExecuteAsync(null, $"UPDATE {table} SET payload = '{RedactedPayload}' WHERE {due}", cancellationToken, parameters);
    }
}
