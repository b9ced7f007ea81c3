using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Tests.Ledger;

public sealed class LedgerHashesTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Seal_KnownEntry_GivesTheDocumentedHashes()
    {
        var record = LedgerHashes.Seal(Entry("hello"), 1, At, LedgerHashes.Genesis);

        // SHA-256 of {"text":"hello"}; a change to the canonical form or the header layout breaks every existing ledger.
        Assert.Equal("""{"text":"hello"}""", record.Payload);
        Assert.Equal("2026-01-05T09:00:00.0000000Z", record.At);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("""{"text":"hello"}"""u8)), record.ContentHash);
        Assert.Equal(LedgerHashes.Record(record), record.Hash);
    }

    [Fact]
    public void RecordHasher_AgreesWithSeal_AndCatchesAnyChangedField()
    {
        using var hasher = new RecordHasher();
        var record = LedgerHashes.Seal(Entry("hello"), 7, At, new string('a', 64));

        Assert.True(hasher.IsSelfConsistent(record));
        Assert.True(hasher.IsSelfConsistent(record with { Payload = null }));
        Assert.False(hasher.IsSelfConsistent(record with { Payload = """{"text":"hellO"}""" }));
        Assert.False(hasher.IsSelfConsistent(record with { Sequence = 8 }));
        Assert.False(hasher.IsSelfConsistent(record with { Ticket = "SUP-2" }));
        Assert.False(hasher.IsSelfConsistent(record with { PreviousHash = new string('b', 64) }));
    }

    [Fact]
    public void Seal_ChainedRecords_LinkByPreviousHash()
    {
        var first = LedgerHashes.Seal(Entry("one"), 1, At, LedgerHashes.Genesis);
        var second = LedgerHashes.Seal(Entry("two"), 2, At, first.Hash);

        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.NotEqual(first.Hash, second.Hash);
    }

    private static LedgerEntry Entry(string text) =>
        new(LedgerRecordKinds.Decision, "customer-update", "d1", "slack/C1/1.1", "SUP-1", "k", new JsonObject { ["text"] = text });
}
