using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;
using ChatOps.Ledger.Sql;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Ledger.Tests.Contracts;

/// <summary>Creates a fresh store before each test and removes it after; the same tests run on every store.</summary>
public abstract class StoreTestBase(IStoreFactory stores) : IAsyncLifetime
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    protected IStoreFactory Stores { get; } = stores;

    protected SqlLedgerStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await Stores.CreateAsync(Time);

    public Task DisposeAsync() => Stores.DisposeAsync().AsTask();

    protected static LedgerEntry Entry(string kind = LedgerRecordKinds.DraftCreated, string? draft = "d1", string? thread = "slack/C1/1700000000.000100", string? ticket = "SUP-1", string? key = null, string workflow = "customer-update", string text = "hello") =>
        new(kind, workflow, draft, thread, ticket, key, new JsonObject { ["text"] = text, ["by"] = "alice" });

    protected async Task<IReadOnlyList<LedgerRecord>> AppendManyAsync(int count, string workflow = "customer-update")
    {
        var records = new List<LedgerRecord>();
        for (var i = 0; i < count; i++)
        {
            var result = await Store.AppendAsync(LedgerAppend.Of(Entry(draft: $"d{i % 3}", workflow: workflow, text: $"record {i + 1}")));
            records.AddRange(result.Records);
        }

        return records;
    }

    protected async Task<List<LedgerRecord>> ReadAllAsync()
    {
        var all = new List<LedgerRecord>();
        await foreach (var record in Store.ReadAsync())
        {
            all.Add(record);
        }

        return all;
    }
}
