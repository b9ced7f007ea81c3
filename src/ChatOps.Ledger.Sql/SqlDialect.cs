namespace ChatOps.Ledger.Sql;

/// <summary>The few places where SQLite and PostgreSQL SQL differ.</summary>
/// <remarks>SequenceColumn: the chain position column (in SQLite it must be the rowid alias, INTEGER PRIMARY KEY, so chain order is table order). JobIdColumn: the auto-numbered key column. HeadForUpdate: the query that reads (and, where supported, locks) the head row. SkipLocked: the clause that lets workers pass each other's claimed jobs. SchemaLock: a statement that stops two processes creating the tables at once. ClusteredTable: what follows a keyed table's definition to store its rows in key order (SQLite's WITHOUT ROWID), so a range of the key is read without a second lookup. TableExists: a count of the tables named <c>@name</c> (1 or 0).</remarks>
public sealed record SqlDialect(string SequenceColumn, string JobIdColumn, string HeadForUpdate, string SkipLocked, string TableExists, string SchemaLock = "", string ClusteredTable = "");
