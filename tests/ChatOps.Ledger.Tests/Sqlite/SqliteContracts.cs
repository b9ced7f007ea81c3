using ChatOps.Ledger.Tests.Contracts;

namespace ChatOps.Ledger.Tests.Sqlite;

/// <summary>The ledger contract on SQLite.</summary>
public sealed class SqliteLedgerStoreTests() : LedgerStoreContractTests(new SqliteStores());

/// <summary>The tamper contract on SQLite.</summary>
public sealed class SqliteTamperTests() : TamperContractTests(new SqliteStores());

/// <summary>The approval flow on SQLite.</summary>
public sealed class SqliteApprovalFlowTests() : ApprovalFlowContractTests(new SqliteStores());

/// <summary>The outbox contract on SQLite.</summary>
public sealed class SqliteOutboxTests() : OutboxContractTests(new SqliteStores());

/// <summary>Writer processes on one SQLite file.</summary>
public sealed class SqliteProcessTests() : ProcessContractTests(new SqliteStores());

/// <summary>The contact book on SQLite.</summary>
public sealed class SqliteContactBookTests() : ContactBookContractTests(new SqliteStores());

/// <summary>The verifier's read path on SQLite.</summary>
public sealed class SqliteChainReadTests() : ChainReadContractTests(new SqliteStores());

/// <summary>The request inbox contract on SQLite.</summary>
public sealed class SqliteInboxTests() : InboxContractTests(new SqliteStores());

/// <summary>The scorecard's kept figures and the ledger browser's searches on SQLite.</summary>
public sealed class SqliteStatsTests() : StatsContractTests(new SqliteStores());
/// <summary>The drafting budgets on SQLite.</summary>
public sealed class SqliteDraftingBudgetTests() : DraftingBudgetContractTests(new SqliteStores());
