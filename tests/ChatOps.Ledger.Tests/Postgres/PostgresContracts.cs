using ChatOps.Ledger.Tests.Contracts;
using ChatOps.Testing.Postgres;

namespace ChatOps.Ledger.Tests.Postgres;

/// <summary>The ledger contract on PostgreSQL.</summary>
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresLedgerStoreTests(PostgresFixture postgres) : LedgerStoreContractTests(new PostgresStores(postgres));

/// <summary>The tamper contract on PostgreSQL.</summary>
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresTamperTests(PostgresFixture postgres) : TamperContractTests(new PostgresStores(postgres));

/// <summary>The approval flow on PostgreSQL.</summary>
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresApprovalFlowTests(PostgresFixture postgres) : ApprovalFlowContractTests(new PostgresStores(postgres));

/// <summary>The outbox contract on PostgreSQL.</summary>
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresOutboxTests(PostgresFixture postgres) : OutboxContractTests(new PostgresStores(postgres));

/// <summary>Writer processes on one PostgreSQL database.</summary>
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresProcessTests(PostgresFixture postgres) : ProcessContractTests(new PostgresStores(postgres));

/// <summary>The contact book on PostgreSQL.</summary>
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresContactBookTests(PostgresFixture postgres) : ContactBookContractTests(new PostgresStores(postgres));

/// <summary>The verifier's read path on PostgreSQL.</summary>
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresChainReadTests(PostgresFixture postgres) : ChainReadContractTests(new PostgresStores(postgres));

/// <summary>The request inbox contract on PostgreSQL.</summary>
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresInboxTests(PostgresFixture postgres) : InboxContractTests(new PostgresStores(postgres));

/// <summary>The scorecard's kept figures and the ledger browser's searches on PostgreSQL.</summary>
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresStatsTests(PostgresFixture postgres) : StatsContractTests(new PostgresStores(postgres));
/// <summary>The drafting budgets on PostgreSQL.</summary>
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresDraftingBudgetTests(PostgresFixture postgres) : DraftingBudgetContractTests(new PostgresStores(postgres));
