using ChatOps.Ledger.Tests.Contracts;

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

/// <summary>The request inbox contract on PostgreSQL.</summary>
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresInboxTests(PostgresFixture postgres) : InboxContractTests(new PostgresStores(postgres));
