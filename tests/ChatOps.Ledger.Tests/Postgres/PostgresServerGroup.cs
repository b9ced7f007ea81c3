using ChatOps.Testing.Postgres;

namespace ChatOps.Ledger.Tests.Postgres;

/// <summary>The tests that share the throwaway PostgreSQL server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresServerGroup : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
