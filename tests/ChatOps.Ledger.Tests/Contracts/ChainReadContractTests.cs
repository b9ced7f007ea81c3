using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;

namespace ChatOps.Ledger.Tests.Contracts;

/// <summary>The verifier's read path: every row's stored bytes, exactly the records' text, and a verify that agrees.</summary>
public abstract class ChainReadContractTests(IStoreFactory stores) : StoreTestBase(stores)
{
    [Fact]
    public async Task ReadChainAsync_MixedRecords_GivesEachColumnsUtf8BytesAndNulls()
    {
        await AppendMixedAsync();
        await Store.RedactAsync("support-reply", Time.GetUtcNow().AddSeconds(1));
        var records = await ReadAllAsync();

        var rows = await ReadRowsAsync(1);
        var fromFour = await ReadRowsAsync(4);

        Assert.Equal(records.Select(Bytes), rows.Select(r => r.Columns));
        Assert.Equal(records.Select(r => r.Sequence), rows.Select(r => r.Sequence));
        Assert.Equal(records.Skip(3).Select(r => r.Sequence), fromFour.Select(r => r.Sequence));
        Assert.Contains(rows, r => r.Columns[7] is null);
        Assert.Contains(rows, r => r.Columns[7] is { Length: > 100_000 });
    }

    [Fact]
    public async Task VerifyAsync_MixedRecords_IsValidAndCountsTheRedacted()
    {
        await AppendMixedAsync();
        await Store.RedactAsync("support-reply", Time.GetUtcNow().AddSeconds(1));

        var result = await ChainVerifier.VerifyAsync(Store);

        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(7, result.RecordsChecked);
        Assert.Equal(2, result.Redacted);
    }

    [Fact]
    public async Task VerifyAsync_NonAsciiHeaderEdited_NamesTheEditedRecord()
    {
        await AppendMixedAsync();

        await Stores.ExecuteSqlAsync("UPDATE ledger_records SET thread = 'teams/19:équipe/3' WHERE seq = 3");

        var result = await ChainVerifier.VerifyAsync(Store);
        Assert.Equal((TamperKind.Edited, 3L), (result.Problem?.Kind, result.Problem?.Sequence));
        Assert.Equal(2, result.RecordsChecked);
    }

    [Fact]
    public async Task VerifyAsync_BreakAfterRedactedRecords_CountsWhatCameBeforeIt()
    {
        await AppendManyAsync(6);
        await Store.RedactAsync("customer-update", Time.GetUtcNow().AddSeconds(1));

        await Stores.ExecuteSqlAsync("UPDATE ledger_records SET ticket = 'SUP-999' WHERE seq = 5");

        var result = await ChainVerifier.VerifyAsync(Store);
        Assert.Equal((TamperKind.Edited, 5L), (result.Problem?.Kind, result.Problem?.Sequence));
        Assert.Equal("Record #5 was edited: its fields no longer match its hash.", result.Problem?.Message);
        Assert.Equal((4L, 4L), (result.RecordsChecked, result.Redacted));
    }

    [Fact]
    public async Task ReadChainAsync_Cancelled_StopsReading()
    {
        await AppendManyAsync(5);
        using var cancel = new CancellationTokenSource();
        var sink = new CollectingSink(afterRow: n => { if (n == 2) { cancel.Cancel(); } });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.ReadChainAsync(1, sink, cancel.Token));
        Assert.InRange(sink.Rows.Count, 2, 3);
    }

    private async Task AppendMixedAsync()
    {
        LedgerEntry Mixed(string workflow, string? draft, string? thread, string? ticket, string? key, string text) =>
            new(LedgerRecordKinds.Decision, workflow, draft, thread, ticket, key, new JsonObject { ["text"] = text, ["by"] = "zoë" });

        await Store.AppendAsync(new LedgerAppend(
        [
            Mixed("customer-update", "d1", "slack/C1/1700000000.000100", "SUP-1", "k1", "plain ASCII"),
            Mixed("support-reply", null, null, null, null, "no draft, thread, ticket or key"),
            Mixed("customer-update", "d-é", "teams/19:zoë@thread.tacv2/2", "INC-«7»", "k\"3\\", "quotes \" back\\slash tab\t café 😀 日本語"),
            Mixed("customer-update", "d4", "slack/C1/1.1", "SUP-4", null, new string('x', 150_000)),
            Mixed("support-reply", "", "", "", "", ""),
        ], []));
        await Store.AppendAsync(LedgerAppend.Of(Mixed("postmortem", "d6", "slack/C1/6.6", "SUP-6", "k6", "second append")));
        await Store.AppendAsync(LedgerAppend.Of(Mixed("postmortem", "d7", "slack/C1/7.7", "SUP-7", "k7", "third append")));
    }

    private static byte[]?[] Bytes(LedgerRecord r) =>
        [.. new[] { r.At, r.Kind, r.Workflow, r.DraftId, r.Thread, r.Ticket, r.IdempotencyKey, r.Payload, r.ContentHash, r.PreviousHash, r.Hash }.Select(v => v is null ? null : Encoding.UTF8.GetBytes(v))];

    private async Task<IReadOnlyList<(long Sequence, byte[]?[] Columns)>> ReadRowsAsync(long from)
    {
        var sink = new CollectingSink();
        await Store.ReadChainAsync(from, sink);
        return sink.Rows;
    }

    /// <summary>Copies every row it is given, with each NULL column as null.</summary>
    private sealed class CollectingSink(Action<int>? afterRow = null) : IChainRowSink
    {
        public List<(long Sequence, byte[]?[] Columns)> Rows { get; } = [];

        public ValueTask AddAsync(in ChainRow row, CancellationToken cancellationToken = default)
        {
            var columns = new byte[]?[11];
            for (var c = 0; c < columns.Length; c++)
            {
                var column = (ChainColumns)(1 << c);
                columns[c] = row.IsNull(column) ? null : row[column].ToArray();
            }

            Rows.Add((row.Sequence, columns));
            afterRow?.Invoke(Rows.Count);
            return ValueTask.CompletedTask;
        }
    }
}
