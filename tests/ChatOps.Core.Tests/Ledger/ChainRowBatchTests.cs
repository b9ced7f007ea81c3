using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Tests.Ledger;

public sealed class ChainRowBatchTests
{
    [Fact]
    public void Add_RowsOfAnySize_GivesBackEachColumnsBytesAndNulls()
    {
        var at = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        var records = Enumerable.Range(1, 5).Select(i => LedgerHashes.Seal(
            new LedgerEntry("k", "w", i % 2 == 0 ? null : $"d{i}", null, $"SUP-{i}", null, new JsonObject { ["text"] = new string('x', i * 40_000) }), i, at, LedgerHashes.Genesis)).ToArray();
        var stored = records.Select(StoredRow.Of).Append(StoredRow.Of(records[0] with { Payload = null })).ToArray();
        var batch = new ChainRowBatch(stored.Length);

        foreach (var row in stored)
        {
            batch.Add(row.ToRow());
        }

        Assert.True(batch.IsFull);
        for (var i = 0; i < stored.Length; i++)
        {
            var row = batch[i];
            Assert.Equal(stored[i].Sequence, row.Sequence);
            for (var c = 0; c < stored[i].Columns.Length; c++)
            {
                var column = (ChainColumns)(1 << c);
                Assert.Equal(stored[i].Columns[c] is null, row.IsNull(column));
                Assert.Equal(stored[i].Columns[c] ?? [], row[column].ToArray());
            }
        }

        batch.Clear();
        Assert.Equal(0, batch.Count);
    }
}
