namespace ChatOps.Ledger.Sql;

/// <summary>
/// The ledger's tables: records (the chain), head (the last record written), jobs (the one queue: chat requests,
/// replies, write-backs, reminders, expiries), the
/// drafting budgets, the contact book, the place book, and the projections kept on append (scorecard figures at three
/// grains with weekly snapshots of everything before, who acted in each record, threads by their short name, and how far
/// they reach).
/// </summary>
internal static class SqlLedgerSchema
{
    /// <summary>The record columns, in the order of <see cref="ChatOps.Core.Ledger.ChainColumns"/> after the sequence.</summary>
    public const string Columns = "seq, at, kind, workflow, draft_id, thread, ticket, idempotency_key, payload, content_hash, prev_hash, hash";

    /// <summary>The DDL's hash, kept in <c>ledger_schema</c>: a build whose DDL differs (newer or older) runs its own on open.</summary>
    public static string Hash(SqlDialect dialect) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Create(dialect))));

    // Accepted jobs whose repeats the worker drops (JobRequest.DeduplicateLater): no unique key and no index, so an
    // acknowledgement appends its row and nothing else; a claim moves the rows into ledger_jobs, where the unique key
    // drops a repeat, and deletes them, in one transaction.
    private static string Intake(SqlDialect dialect) => $"""

        CREATE TABLE IF NOT EXISTS ledger_intake (
            {dialect.JobIdColumn},
            kind TEXT NOT NULL,
            workflow TEXT NOT NULL,
            draft_id TEXT NULL,
            idempotency_key TEXT NOT NULL,
            payload TEXT NOT NULL,
            due_at TEXT NOT NULL);
        """;

    public static string Create(SqlDialect dialect) => $"""
        CREATE TABLE IF NOT EXISTS ledger_schema (id INTEGER PRIMARY KEY, ddl_hash TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS ledger_records (
            {dialect.SequenceColumn},
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            workflow TEXT NOT NULL,
            draft_id TEXT NULL,
            thread TEXT NULL,
            ticket TEXT NULL,
            idempotency_key TEXT NULL UNIQUE,
            payload TEXT NULL,
            content_hash TEXT NOT NULL,
            prev_hash TEXT NOT NULL UNIQUE,
            hash TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_ledger_records_draft ON ledger_records (draft_id, seq);
        CREATE INDEX IF NOT EXISTS ix_ledger_records_thread ON ledger_records (thread, seq);
        CREATE INDEX IF NOT EXISTS ix_ledger_records_ticket ON ledger_records (ticket, seq);
        CREATE INDEX IF NOT EXISTS ix_ledger_records_kind ON ledger_records (kind, workflow, seq);
        CREATE TABLE IF NOT EXISTS ledger_head (id INTEGER PRIMARY KEY, seq BIGINT NOT NULL, hash TEXT NOT NULL);
        INSERT INTO ledger_head (id, seq, hash) VALUES (1, 0, '{ChatOps.Core.Ledger.LedgerHashes.Genesis}') ON CONFLICT (id) DO NOTHING;
        CREATE TABLE IF NOT EXISTS ledger_jobs (
            {dialect.JobIdColumn},
            kind TEXT NOT NULL,
            workflow TEXT NOT NULL,
            draft_id TEXT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            payload TEXT NOT NULL,
            due_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL DEFAULT 'pending',
            locked_until TEXT NULL,
            last_error TEXT NULL,
            done_at TEXT NULL);
        CREATE INDEX IF NOT EXISTS ix_ledger_jobs_due ON ledger_jobs (state, due_at);{(dialect.JobIntake ? Intake(dialect) : string.Empty)}
        CREATE TABLE IF NOT EXISTS drafting_budget (
            workflow TEXT NOT NULL,
            day TEXT NOT NULL,
            drafts BIGINT NOT NULL DEFAULT 0,
            cost_nanos BIGINT NOT NULL DEFAULT 0,
            PRIMARY KEY (workflow, day));
        CREATE TABLE IF NOT EXISTS chat_contacts (
            channel TEXT NOT NULL,
            user_id TEXT NOT NULL,
            address TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (channel, user_id));
        CREATE TABLE IF NOT EXISTS ledger_figures (
            grain TEXT NOT NULL,
            scope TEXT NOT NULL,
            period TEXT NOT NULL,
            metric TEXT NOT NULL,
            dim TEXT NOT NULL,
            n BIGINT NOT NULL,
            total DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (grain, scope, period, metric, dim)){dialect.ClusteredTable};
        CREATE TABLE IF NOT EXISTS ledger_figures_before (
            week TEXT NOT NULL,
            scope TEXT NOT NULL,
            metric TEXT NOT NULL,
            dim TEXT NOT NULL,
            n BIGINT NOT NULL,
            total DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (week, scope, metric, dim)){dialect.ClusteredTable};
        CREATE TABLE IF NOT EXISTS ledger_snapshot_weeks (week TEXT PRIMARY KEY);
        CREATE TABLE IF NOT EXISTS ledger_actors (actor TEXT NOT NULL, seq BIGINT NOT NULL, PRIMARY KEY (actor, seq));
        CREATE TABLE IF NOT EXISTS ledger_thread_names (name TEXT NOT NULL, thread TEXT NOT NULL, PRIMARY KEY (name, thread));
        CREATE TABLE IF NOT EXISTS ledger_projection_head (id INTEGER PRIMARY KEY, seq BIGINT NOT NULL);
        CREATE TABLE IF NOT EXISTS chat_places (
            scope TEXT NOT NULL,
            place_key TEXT NOT NULL,
            address TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (scope, place_key));
        """;
}
